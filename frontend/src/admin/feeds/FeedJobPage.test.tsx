import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../../test/fakeAuth';
import type { FeedJob } from './feedJobs';
import { FeedJobPage } from './FeedJobPage';

const session = sessionFor(['ADMIN']);

const job = (overrides: Partial<FeedJob>): FeedJob => ({
  id: 'job-1',
  feed: 'werkbank',
  fileName: 'export.jsonl',
  format: 'JSON_LINES',
  status: 'PROCESSING',
  recordsRead: 200,
  recordsValid: 199,
  recordsInvalid: 1,
  stored: 99,
  failed: 0,
  ratePerSecond: 49.5,
  message: null,
  startedAt: '2026-12-04T10:00:00Z',
  finishedAt: null,
  errors: [],
  stall: null,
  ...overrides,
});

function renderJob(load: (id: string) => Promise<FeedJob>) {
  renderWithProviders(<FeedJobPage session={session} load={load} />, {
    service: new FakeAuthService(session),
    path: '/beheer/vacaturefeeds/job-1',
    routes: [{ path: '/beheer/vacaturefeeds/:id', element: <FeedJobPage session={session} load={load} /> }],
  });
}

describe('feed job progress page', () => {
  it('showsCountsRateAndAProgressBarWithItsValue', async () => {
    renderJob(() => Promise.resolve(job({})));
    const bar = await screen.findByRole('progressbar', { name: 'Verwerkt' });
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(bar).toHaveAttribute('aria-valuetext', '50% (100 van 200 regels)');
    expect(screen.getByText('49,5 per seconde')).toBeInTheDocument();
    expect(screen.getByText('Status: Bezig met verwerken')).toBeInTheDocument();
    expect(screen.getByText('Elke seconde bijwerken')).toBeInTheDocument();
  });

  it('saysAStalledJobIsStuckWithTheOutstandingLinesAndTheReason', async () => {
    const reason = 'no progress for 2 min: 99 of 199 records stored, 0 failed, 100 outstanding';
    renderJob(() => Promise.resolve(job({ status: 'STALLED', message: reason })));
    expect(await screen.findByText('Status: Staat stil')).toBeInTheDocument();
    expect(screen.getByText(/100 regels zijn nog niet verwerkt/)).toHaveClass('alert-error');
    expect(screen.getByText(reason)).toBeInTheDocument();
    expect(screen.queryByText('Nog ongeveer')).not.toBeInTheDocument();
  });

  it('wordsTheStallReasonInDutchFromItsKindInsteadOfTheServersEnglishSentence', async () => {
    const english = 'no progress for 2 min: the feed consumer is 1234 records behind';
    renderJob(() => Promise.resolve(job({ status: 'STALLED', message: english, stall: { kind: 'BEHIND', minutes: 2, lag: 1234 } })));
    expect(await screen.findByText(/De verwerker loopt 1\.234 berichten achter/)).toBeInTheDocument();
    expect(screen.getByText(/Al 2 min geen voortgang/)).toBeInTheDocument();
    expect(screen.queryByText(english)).not.toBeInTheDocument();
  });

  it('pollsUntilDoneAndListsTheRefusedRowWithItsLine', async () => {
    const answers = [
      job({}),
      job({
        status: 'DONE',
        stored: 199,
        finishedAt: '2026-12-04T10:00:04Z',
        errors: [
          { id: 'dl-1', sourceTopic: 'upload:werkbank', consumer: 'feed-upload', reason: 'VALIDATION_FAILED', detail: 'title is required', jobId: 'job-1', line: 7, failedAt: '2026-12-04T10:00:01Z', redrivenAt: null },
        ],
      }),
    ];
    const load = vi.fn(() => Promise.resolve(answers.length > 1 ? answers.shift()! : answers[0]!));
    renderJob(load);
    expect(await screen.findByText('Status: Klaar', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Verwerkt' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByRole('link', { name: 'regel 7' })).toHaveAttribute('href', '/beheer/dead-letters/dl-1');
    expect(screen.getByRole('row', { name: /Afgekeurd bij het inlezen \(VALIDATION_FAILED\) title is required/ })).toBeInTheDocument();
    const calls = load.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(load.mock.calls.length).toBe(calls);
  });
});
