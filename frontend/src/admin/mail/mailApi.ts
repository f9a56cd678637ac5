import { apiRequest, type Fetch } from '../../api/http';
import { isRecord } from '../../api/problem';

/** One mail the local SMTP server received (AdminMailController.SentMail). */
export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly sentAt: string | null;
  readonly body: string;
}

export interface SentMailList {
  /** false: no local SMTP server (production); the real mail server is the place to look. */
  readonly available: boolean;
  /** Mails still waiting in the outbox. */
  readonly waiting: number;
  readonly items: readonly SentMail[];
}

export function parseSentMailList(json: unknown): SentMailList {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('/api/admin/mail did not return a list.');
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    available: json.available === true,
    waiting: typeof json.waiting === 'number' ? json.waiting : 0,
    items: json.items.filter(isRecord).map((item) => ({
      to: text(item.to),
      subject: text(item.subject),
      sentAt: typeof item.sentAt === 'string' ? item.sentAt : null,
      body: text(item.body),
    })),
  };
}

export async function fetchSentMail(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest('/api/admin/mail', parseSentMailList, { accessToken, signal }, fetchImpl);
}
