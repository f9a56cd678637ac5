import { describe, expect, it } from 'vitest';
import type { FeedJob } from './feedJobs';
import { jobProgress, jobSettled, uploadPercent } from './progress';

const job = (overrides: Partial<FeedJob>): FeedJob => ({
  id: 'j',
  feed: 'test',
  fileName: 'a.jsonl',
  format: 'JSON_LINES',
  status: 'PROCESSING',
  recordsRead: 1000,
  recordsValid: 990,
  recordsInvalid: 10,
  stored: 490,
  failed: 0,
  ratePerSecond: 100,
  message: null,
  startedAt: '2026-12-04T10:00:00Z',
  finishedAt: null,
  errors: [],
  stall: null,
  ...overrides,
});

describe('feed job progress', () => {
  it('countsStoredFailedAndRefusedRecordsAsDoneOverTheRecordsRead', () => {
    const progress = jobProgress(job({}));
    expect(progress.processed).toBe(500);
    expect(progress.total).toBe(1000);
    expect(progress.percent).toBe(50);
    expect(progress.secondsLeft).toBe(5);
    expect(progress.finished).toBe(false);
  });

  it('keepsAStalledJobOpenWithoutATimeLeft', () => {
    const progress = jobProgress(job({ status: 'STALLED', message: 'no progress for 2 min' }));
    expect(progress.finished).toBe(false);
    expect(progress.secondsLeft).toBeNull();
    expect(progress.percent).toBe(50);
  });

  it('neverShowsAHundredPercentBeforeTheServerSaysDone', () => {
    expect(jobProgress(job({ stored: 989, recordsInvalid: 10, failed: 0 })).percent).toBe(99);
    expect(jobProgress(job({ stored: 990, status: 'DONE', finishedAt: '2026-12-04T10:00:10Z' })).percent).toBe(100);
  });

  it('hasNoPercentageWhileTheFileIsStillBeingRead', () => {
    const progress = jobProgress(job({ status: 'READING', recordsRead: 300 }));
    expect(progress.percent).toBeNull();
    expect(progress.secondsLeft).toBeNull();
  });

  it('aFailedJobIsFinishedWithoutAnEstimate', () => {
    const progress = jobProgress(job({ status: 'FAILED' }));
    expect(progress.finished).toBe(true);
    expect(progress.secondsLeft).toBeNull();
  });

  it('pollingGoesOnAfterDoneUntilTheRefusedRowsAreListed', () => {
    const done = job({ status: 'DONE', recordsRead: 3, recordsValid: 2, recordsInvalid: 1, stored: 2, finishedAt: '2026-12-04T10:00:01Z' });
    expect(jobSettled(done)).toBe(false);
    const letter = { id: 'd', sourceTopic: 'upload:test', consumer: 'upload', reason: 'VALIDATION_FAILED', detail: 'title is required', jobId: 'j', line: 2, failedAt: '2026-12-04T10:00:00Z', redrivenAt: null };
    expect(jobSettled({ ...done, errors: [letter] })).toBe(true);
    expect(jobSettled(job({ errors: [letter] }))).toBe(false);
  });

  it('uploadPercentIsTheShareOfBytesSentAndAnEmptyFileIsSentAtOnce', () => {
    expect(uploadPercent(512, 1024)).toBe(50);
    expect(uploadPercent(1023, 1024)).toBe(99);
    expect(uploadPercent(0, 0)).toBe(100);
  });
});
