import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { AccountErasedNotice } from './AccountErasedNotice';
import { PrivacyPage } from './PrivacyPage';
import { erasedMarker, exportFileName } from './privacyApi';

const session = sessionFor(['JOB_SEEKER']);

const trail = {
  items: [
    { id: 'a1', at: '2026-12-04T13:05:00Z', actorLabel: 'Werkgever Zorggroep Amstelland', actorRole: 'EMPLOYER', action: 'PROFILE_VIEWED_BY_EMPLOYER', detail: 'vacature Verpleegkundige' },
    { id: 'a2', at: '2026-12-03T08:00:00Z', actorLabel: 'Uzelf', actorRole: 'JOB_SEEKER', action: 'DATA_EXPORTED', detail: null },
  ],
  limit: 50,
  offset: 0,
  total: 2,
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.startsWith('/api/me/audit')) return Promise.resolve(json(trail));
    if (url === '/api/me' && init?.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
    return Promise.resolve(json({ type: 'about:blank', title: 'Not Found', status: 404 }, 404));
  });
  vi.stubGlobal('fetch', fetchMock);
  window.sessionStorage.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderPage(service = new FakeAuthService(session)) {
  renderWithProviders(<PrivacyPage session={session} />, { service, path: '/werkzoekende/gegevens' });
  return service;
}

describe('Mijn gegevens', () => {
  it('showsTheAuditTrailNewestFirstWithDutchTimesAndReadableActions', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: /Logboek van je gegevens, nieuwste eerst \(2 van 2\)/ });
    expect(table).toBeInTheDocument();
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('4 dec 2026, 14:05');
    expect(rows[1]).toHaveTextContent('Werkgever Zorggroep Amstelland');
    expect(rows[1]).toHaveTextContent('Profiel bekeken door werkgever');
    expect(rows[2]).toHaveTextContent('Jijzelf');
    expect(rows[2]).toHaveTextContent('Gegevens gedownload');
    expect(fetchMock).toHaveBeenCalledWith('/api/me/audit?limit=50&offset=0', expect.anything());
  });

  it('deletesOnlyAfterTheWordIsTypedThenSignsOut', async () => {
    const service = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Account verwijderen…' }));
    expect(screen.getByText('Dit kun je niet ongedaan maken.')).toBeInTheDocument();
    const field = screen.getByLabelText('Typ VERWIJDEREN om te bevestigen');
    fireEvent.change(field, { target: { value: 'verwijder' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    expect(await screen.findByText('Typ precies VERWIJDEREN om je account te verwijderen.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'DELETE')).toBe(false);

    fireEvent.change(field, { target: { value: 'VERWIJDEREN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    await waitFor(() => expect(service.logoutCalls).toBe(1));
    expect(fetchMock).toHaveBeenCalledWith('/api/me', expect.objectContaining({ method: 'DELETE' }));
    expect(window.sessionStorage.getItem(erasedMarker)).not.toBeNull();
  });

  it('keepsTheAccountAndSaysSoWhenTheErasureFails', async () => {
    fetchMock.mockImplementation((input: RequestInfo | URL) =>
      Promise.resolve(String(input).startsWith('/api/me/audit') ? json(trail) : json({ title: 'Fout', status: 500 }, 500)),
    );
    const service = renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Account verwijderen…' }));
    fireEvent.change(screen.getByLabelText('Typ VERWIJDEREN om te bevestigen'), { target: { value: 'VERWIJDEREN' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account definitief verwijderen' }));
    expect(await screen.findByText(/Je account kon niet worden verwijderd/)).toBeInTheDocument();
    expect(service.logoutCalls).toBe(0);
    expect(window.sessionStorage.getItem(erasedMarker)).toBeNull();
  });

  it('theStartPageConfirmsTheErasureOnceAfterTheSignOut', () => {
    window.sessionStorage.setItem(erasedMarker, '2026-12-04T13:05:00Z');
    renderWithProviders(
      <AccountErasedNotice>
        <p>start</p>
      </AccountErasedNotice>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Je account is verwijderd' })).toBeInTheDocument();
    expect(screen.queryByText('start')).toBeNull();
    expect(window.sessionStorage.getItem(erasedMarker)).toBeNull();
  });

  it('namesTheFileAfterTheDayInTheNetherlands', () => {
    expect(exportFileName(new Date('2026-12-04T23:30:00Z'))).toBe('vaardig-mijn-gegevens-2026-12-05.jsonld');
  });
});
