import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { I18nProvider } from '../i18n/I18nProvider';
import type { PlatformHealth } from './health';
import { PlatformStatus, refreshIntervalMs } from './PlatformStatus';

const allUp: PlatformHealth = {
  status: 'UP',
  components: [
    { path: ['db'], status: 'UP' },
    { path: ['kafka'], status: 'UP' },
    { path: ['oidcIssuer'], status: 'UP' },
  ],
};
const kafkaDown: PlatformHealth = {
  status: 'DOWN',
  components: [
    { path: ['db'], status: 'UP' },
    { path: ['kafka'], status: 'DOWN' },
    { path: ['oidcIssuer'], status: 'UP' },
  ],
};

function renderStatus(load: (signal: AbortSignal) => Promise<PlatformHealth>, language: 'nl' | 'en' = 'nl') {
  return render(
    <I18nProvider initialLanguage={language}>
      <PlatformStatus load={load} />
    </I18nProvider>,
  );
}

function rows() {
  return within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.textContent);
}

describe('the platform status on the admin page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('showsEachComponentAndItsStatusInATableWithHeaders', async () => {
    renderStatus(() => Promise.resolve(allUp));
    const table = await screen.findByRole('table', { name: 'Status per onderdeel' });
    expect(within(table).getByRole('columnheader', { name: 'Onderdeel' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Kafka (gebeurtenissen)' })).toBeInTheDocument();
    expect(rows()).toEqual(['DatabaseIn orde (UP)', 'Inlogdienst (OIDC)In orde (UP)', 'Kafka (gebeurtenissen)In orde (UP)']);
    expect(screen.getByText('Totaalstatus: In orde (UP)')).toBeInTheDocument();
  });

  it('refreshesEveryTenSeconds', async () => {
    const load = vi.fn<(signal: AbortSignal) => Promise<PlatformHealth>>().mockResolvedValueOnce(allUp).mockResolvedValue(kafkaDown);
    renderStatus(load, 'en');
    await screen.findByText('Overall status: Healthy (UP)');
    await act(() => vi.advanceTimersByTimeAsync(refreshIntervalMs));
    expect(await screen.findByText('Overall status: Down (DOWN)')).toBeInTheDocument();
    expect(rows()).toContain('Kafka (events)Down (DOWN)');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('automaticRefreshCanBePaused', async () => {
    const load = vi.fn<(signal: AbortSignal) => Promise<PlatformHealth>>().mockResolvedValue(allUp);
    renderStatus(load);
    await screen.findByRole('table');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(screen.getByRole('checkbox', { name: 'Elke 10 seconden verversen' }));
    await act(() => vi.advanceTimersByTimeAsync(3 * refreshIntervalMs));
    expect(load).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Nu verversen' }));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('aFailedRefreshIsShownAndTheLastKnownStatusStays', async () => {
    const load = vi
      .fn<(signal: AbortSignal) => Promise<PlatformHealth>>()
      .mockResolvedValueOnce(allUp)
      .mockRejectedValue(new ApiError('network', { type: 'about:blank', title: 'Network error', status: 0, errors: [] }));
    renderStatus(load);
    await screen.findByRole('table');
    await act(() => vi.advanceTimersByTimeAsync(refreshIntervalMs));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('De platformstatus kon niet worden opgehaald.');
    expect(alert).toHaveTextContent('Er is geen verbinding met de server.');
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('rowsAreSortedByTheirNameInTheReadersLanguage', async () => {
    renderStatus(() => Promise.resolve(allUp), 'en');
    await screen.findByRole('table');
    expect(rows()).toEqual(['DatabaseHealthy (UP)', 'Kafka (events)Healthy (UP)', 'Login service (OIDC)Healthy (UP)']);
  });

  it('anUnknownComponentIsShownByItsOwnName', async () => {
    renderStatus(() => Promise.resolve({ status: 'UP', components: [{ path: ['searchIndex'], status: 'OUT_OF_SERVICE' }] }));
    await screen.findByRole('table');
    expect(rows()).toEqual(['searchIndexBuiten gebruik (OUT_OF_SERVICE)']);
  });
});
