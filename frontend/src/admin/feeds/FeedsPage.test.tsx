import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../../test/fakeAuth';
import { FeedsPage } from './FeedsPage';

const session = sessionFor(['ADMIN']);

function renderFeeds(jobs: unknown[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(jobs), { headers: { 'Content-Type': 'application/json' } }))),
  );
  const send = vi.spyOn(XMLHttpRequest.prototype, 'send').mockImplementation(() => {});
  renderWithProviders(<FeedsPage session={session} />, { service: new FakeAuthService(session), path: '/beheer/vacaturefeeds' });
  return send;
}

describe('the feed upload page', () => {
  it('checksTheFeedNameAndTheFileTypeBeforeUploading', async () => {
    const send = renderFeeds([]);
    expect(await screen.findByText('Er zijn nog geen bestanden ingelezen.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Naam van de feed'), 'Werkbank NL');
    await userEvent.upload(screen.getByLabelText('Bestand'), new File(['x'], 'export.xlsx', { type: 'application/vnd.ms-excel' }), {
      applyAccept: false,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden en inlezen' }));
    const name = screen.getByLabelText('Naam van de feed');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Gebruik kleine letters, cijfers en streepjes'));
    expect(screen.getByLabelText('Bestand')).toHaveAccessibleDescription(expect.stringContaining('Kies een .jsonl- of .csv-bestand.'));
    expect(send).not.toHaveBeenCalled();
  });

  it('uploadsTheFileAsTheRequestBodyWithTheFeedNameAndMediaType', async () => {
    const send = renderFeeds([]);
    const open = vi.spyOn(XMLHttpRequest.prototype, 'open');
    const header = vi.spyOn(XMLHttpRequest.prototype, 'setRequestHeader');
    await userEvent.type(screen.getByLabelText('Naam van de feed'), 'werkbank-nl');
    const file = new File(['{"externalId":"1"}\n'], 'export.jsonl');
    await userEvent.upload(screen.getByLabelText('Bestand'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Uploaden en inlezen' }));
    expect(open).toHaveBeenCalledWith('POST', '/api/admin/feeds?feed=werkbank-nl&fileName=export.jsonl');
    expect(header).toHaveBeenCalledWith('Content-Type', 'application/x-ndjson');
    expect(header).toHaveBeenCalledWith('Authorization', `Bearer ${session.accessToken}`);
    expect(send).toHaveBeenCalledWith(file);
    expect(screen.getByRole('progressbar', { name: /Bestand wordt verstuurd/ })).toHaveAttribute('aria-valuenow', '0');
  });

  it('listsRecentJobsWithHowFarTheyGot', async () => {
    renderFeeds([
      {
        id: 'job-1', feed: 'werkbank', fileName: 'export.jsonl', format: 'JSON_LINES', status: 'DONE', recordsRead: 3, recordsValid: 2,
        recordsInvalid: 1, stored: 2, failed: 0, ratePerSecond: 12, message: null, startedAt: '2026-12-04T10:00:00Z', finishedAt: '2026-12-04T10:00:01Z', errors: [],
      },
    ]);
    expect(await screen.findByRole('link', { name: 'export.jsonl' })).toHaveAttribute('href', '/beheer/vacaturefeeds/job-1');
    expect(screen.getByRole('row', { name: /export.jsonl werkbank Klaar 3 van 3/ })).toBeInTheDocument();
  });
});
