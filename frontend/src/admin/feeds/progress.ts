import type { FeedJob } from './feedJobs';

export interface JobProgress {
  /** Records with a final outcome: stored, failed in processing, or refused at upload. */
  readonly processed: number;
  /** Records read from the file so far (the total once reading is done). */
  readonly total: number;
  /** 0–100, or null while the file is still being read and the total is not known. */
  readonly percent: number | null;
  /** Seconds until every valid record is stored at the current rate, when that can be told. */
  readonly secondsLeft: number | null;
  readonly finished: boolean;
}

/**
 * How far a feed job is. Every record read ends as stored, failed or invalid, so that sum over the records
 * read is the share done; 100 % only when the server says the job is done, never by rounding up.
 */
export function jobProgress(job: FeedJob): JobProgress {
  const processed = job.stored + job.failed + job.recordsInvalid;
  const total = job.recordsRead;
  const finished = job.status === 'DONE' || job.status === 'FAILED';
  let percent: number | null;
  if (job.status === 'DONE') percent = 100;
  else if (job.status === 'READING' || total === 0) percent = finished ? 100 : null;
  else percent = Math.min(99, Math.floor((100 * processed) / total));
  const waiting = job.recordsValid - job.stored - job.failed;
  const moving = job.status === 'PROCESSING';
  const secondsLeft = moving && job.ratePerSecond > 0 && waiting > 0 ? Math.ceil(waiting / job.ratePerSecond) : null;
  return { processed, total, percent, secondsLeft, finished };
}

/**
 * Whether polling can stop: the job is finished and its error list is complete. Refused rows become dead
 * letters through the dead-letter topic, so they may be listed a moment after the job reports done.
 */
export function jobSettled(job: FeedJob, listedErrorsAtMost = 50): boolean {
  const expectedErrors = Math.min(listedErrorsAtMost, job.recordsInvalid + job.failed);
  return jobProgress(job).finished && job.errors.length >= expectedErrors;
}

/** Share of the file sent to the server, 0–100 (an empty file is sent at once). */
export function uploadPercent(loaded: number, total: number): number {
  if (total <= 0) return 100;
  return Math.min(100, Math.floor((100 * loaded) / total));
}
