import { answer, api, type Nullable, type Schema } from '../../api/client';
import type { Fetch } from '../../api/http';

/** One mail the local SMTP server received (AdminMailController.SentMail). */
export type SentMail = Nullable<Schema<'SentMail'>, 'sentAt'>;

/**
 * `available` false: no local SMTP server (production), the real mail server is the place to look; `waiting`: mails
 * still in the outbox.
 */
export type SentMailList = Omit<Schema<'SentMailList'>, 'items'> & { readonly items: readonly SentMail[] };

export async function fetchSentMail(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<SentMailList> {
  return answer(api({ accessToken, signal }, fetchImpl).GET('/api/admin/mail'));
}
