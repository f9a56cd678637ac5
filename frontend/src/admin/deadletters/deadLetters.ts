import { apiRequest, ignoreBody, type Fetch } from '../../api/http';
import { isRecord } from '../../api/problem';

/** Why a record became a dead letter (DeadLetterReason). */
export const deadLetterReasons = [
  'BAD_JSON',
  'OVERSIZED',
  'INVALID_ENVELOPE',
  'UNKNOWN_TYPE',
  'UNKNOWN_SCHEMA_VERSION',
  'INVALID_PAYLOAD',
  'VALIDATION_FAILED',
  'PROCESSING_FAILED',
] as const;
export type DeadLetterReason = (typeof deadLetterReasons)[number];

export function isDeadLetterReason(value: string): value is DeadLetterReason {
  return (deadLetterReasons as readonly string[]).includes(value);
}

/** A dead letter without its payload (DeadLetterQueries.Summary). */
export interface DeadLetterSummary {
  readonly id: string;
  /** A topic, or "upload:<feed>" for a row refused at upload. */
  readonly sourceTopic: string;
  readonly consumer: string;
  readonly reason: string;
  readonly detail: string;
  readonly jobId: string | null;
  readonly line: number | null;
  readonly failedAt: string;
  readonly redrivenAt: string | null;
}

export interface DeadLetterList {
  readonly open: number;
  readonly items: readonly DeadLetterSummary[];
}

export interface DeadLetterDetail {
  readonly summary: DeadLetterSummary;
  readonly partition: number | null;
  readonly offset: number | null;
  readonly key: string | null;
  /** The original bytes as text (UTF-8, or a readable rendering of binary). */
  readonly payload: string;
}

export function parseDeadLetterSummary(json: unknown): DeadLetterSummary {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.failedAt !== 'string') {
    throw new Error('A dead letter has no "id" and "failedAt".');
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    id: json.id,
    sourceTopic: text(json.sourceTopic),
    consumer: text(json.consumer),
    reason: text(json.reason),
    detail: text(json.detail),
    jobId: typeof json.jobId === 'string' ? json.jobId : null,
    line: typeof json.line === 'number' ? json.line : null,
    failedAt: json.failedAt,
    redrivenAt: typeof json.redrivenAt === 'string' ? json.redrivenAt : null,
  };
}

function parseList(json: unknown): DeadLetterList {
  if (!isRecord(json) || typeof json.open !== 'number' || !Array.isArray(json.items)) {
    throw new Error('The dead-letter list has no "open" and "items".');
  }
  return { open: json.open, items: json.items.map(parseDeadLetterSummary) };
}

function parseDetail(json: unknown): DeadLetterDetail {
  if (!isRecord(json)) throw new Error('A dead letter is not an object.');
  return {
    summary: parseDeadLetterSummary(json.summary),
    partition: typeof json.partition === 'number' ? json.partition : null,
    offset: typeof json.offset === 'number' ? json.offset : null,
    key: typeof json.key === 'string' ? json.key : null,
    payload: typeof json.payload === 'string' ? json.payload : '',
  };
}

export interface DeadLetterFilter {
  readonly openOnly: boolean;
  readonly reason: DeadLetterReason | null;
}

export function fetchDeadLetters(filter: DeadLetterFilter, accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<DeadLetterList> {
  const params = new URLSearchParams({ open: String(filter.openOnly), limit: '200' });
  if (filter.reason) params.set('reason', filter.reason);
  return apiRequest(`/api/admin/dead-letters?${params.toString()}`, parseList, { accessToken, ...(signal ? { signal } : {}) }, fetchImpl);
}

export function fetchDeadLetter(id: string, accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<DeadLetterDetail> {
  return apiRequest(`/api/admin/dead-letters/${encodeURIComponent(id)}`, parseDetail, { accessToken, ...(signal ? { signal } : {}) }, fetchImpl);
}

/** Sends the letter back to its source; `payload` replaces the stored one when given. */
export function redriveDeadLetter(id: string, payload: string | null, accessToken: string, fetchImpl?: Fetch): Promise<void> {
  return apiRequest(
    `/api/admin/dead-letters/${encodeURIComponent(id)}/redrive`,
    ignoreBody,
    { method: 'POST', accessToken, body: payload === null ? {} : { payload } },
    fetchImpl,
  );
}
