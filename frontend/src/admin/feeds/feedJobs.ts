import { apiRequest, type Fetch } from '../../api/http';
import { isRecord } from '../../api/problem';
import { parseDeadLetterSummary, type DeadLetterSummary } from '../deadletters/deadLetters';

/** STALLED: no progress for a while; the message says how many records are missing and why. */
export type FeedJobStatus = 'READING' | 'PROCESSING' | 'STALLED' | 'DONE' | 'FAILED';

/** GET /api/admin/feeds/jobs/{id} (FeedController.JobView). */
export interface FeedJob {
  readonly id: string;
  readonly feed: string;
  readonly fileName: string;
  readonly format: string;
  readonly status: FeedJobStatus;
  readonly recordsRead: number;
  readonly recordsValid: number;
  readonly recordsInvalid: number;
  readonly stored: number;
  readonly failed: number;
  readonly ratePerSecond: number;
  readonly message: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** The first 50 refused or failed records, with line numbers. */
  readonly errors: readonly DeadLetterSummary[];
  /** Why a STALLED job stalled, as a kind and numbers the page words in its own language; null otherwise. */
  readonly stall: FeedJobStall | null;
}

/** READING: no progress while reading; otherwise the feed consumer's state (lag unknown, caught up, behind). */
export type StallKind = 'READING' | 'LAG_UNKNOWN' | 'CAUGHT_UP' | 'BEHIND';
const stallKinds: readonly StallKind[] = ['READING', 'LAG_UNKNOWN', 'CAUGHT_UP', 'BEHIND'];

export interface FeedJobStall {
  readonly kind: StallKind;
  readonly minutes: number;
  readonly lag: number | null;
}

function parseStall(json: unknown): FeedJobStall | null {
  if (!isRecord(json)) return null;
  const kind = stallKinds.find((candidate) => candidate === json.kind);
  if (!kind) return null;
  return { kind, minutes: typeof json.minutes === 'number' ? json.minutes : 0, lag: typeof json.lag === 'number' ? json.lag : null };
}

const statuses: readonly FeedJobStatus[] = ['READING', 'PROCESSING', 'STALLED', 'DONE', 'FAILED'];

export function parseFeedJob(json: unknown): FeedJob {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.startedAt !== 'string') {
    throw new Error('A feed job has no "id" and "startedAt".');
  }
  const count = (member: string) => (typeof json[member] === 'number' ? (json[member] as number) : 0);
  const status = statuses.find((candidate) => candidate === json.status);
  if (!status) throw new Error(`Unknown feed job status ${String(json.status)}.`);
  return {
    id: json.id,
    feed: typeof json.feed === 'string' ? json.feed : '',
    fileName: typeof json.fileName === 'string' ? json.fileName : '',
    format: typeof json.format === 'string' ? json.format : '',
    status,
    recordsRead: count('recordsRead'),
    recordsValid: count('recordsValid'),
    recordsInvalid: count('recordsInvalid'),
    stored: count('stored'),
    failed: count('failed'),
    ratePerSecond: count('ratePerSecond'),
    message: typeof json.message === 'string' && json.message !== '' ? json.message : null,
    startedAt: json.startedAt,
    finishedAt: typeof json.finishedAt === 'string' ? json.finishedAt : null,
    errors: Array.isArray(json.errors) ? json.errors.map(parseDeadLetterSummary) : [],
    stall: parseStall(json.stall),
  };
}

export function fetchFeedJob(id: string, accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<FeedJob> {
  return apiRequest(`/api/admin/feeds/jobs/${encodeURIComponent(id)}`, parseFeedJob, { accessToken, ...(signal ? { signal } : {}) }, fetchImpl);
}

export function fetchRecentFeedJobs(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<FeedJob[]> {
  return apiRequest(
    '/api/admin/feeds/jobs',
    (json) => {
      if (!Array.isArray(json)) throw new Error('The job list is not an array.');
      return json.map(parseFeedJob);
    },
    { accessToken, ...(signal ? { signal } : {}) },
    fetchImpl,
  );
}

/** The media type the server reads the file as: by extension first, as FeedFormat.detect does. */
export function feedMediaType(fileName: string): string | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'application/x-ndjson';
  if (lower.endsWith('.csv')) return 'text/csv';
  return null;
}
