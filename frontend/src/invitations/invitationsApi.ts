import { answer as answerOf, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { toExplanation, type Explanation, type VacancyCardData } from '../explore/matchApi';
import type { InvitationStatus, SharedContact } from '../employer/invitationApi';

/** An invitation as the invited person sees it: the vacancy, the employer's message, and why it matches. */
export type MyInvitation = Pick<Schema<'MyInvitation'>, 'id' | 'message' | 'version' | 'sentAt'> & {
  readonly vacancy: VacancyCardData | null;
  readonly status: InvitationStatus;
  readonly shared: SharedContact | null;
  readonly explanation: Explanation | null;
};

export interface MyInvitations {
  /** How employers see the person ("Kandidaat 7F3A"); null without a profile. */
  readonly candidateLabel: string | null;
  readonly items: readonly MyInvitation[];
}

/** The contact form: every field a string, '' when left empty. */
export type ShareInput = Required<Schema<'ShareInput'>>;

/** vacancy, shared and explanation are null when there is none (a closed vacancy, not yet accepted). */
export function toMyInvitation(invitation: Schema<'MyInvitation'>): MyInvitation {
  const nullable = invitation as Partial<Schema<'MyInvitation'>>;
  const shared = nullable.shared ?? null;
  return {
    id: invitation.id,
    vacancy: nullable.vacancy ?? null,
    message: invitation.message,
    status: invitation.status,
    version: invitation.version,
    sentAt: invitation.sentAt,
    shared: shared === null ? null : { name: shared.name, email: shared.email ?? null, phone: shared.phone ?? null },
    explanation: nullable.explanation ? toExplanation(nullable.explanation) : null,
  };
}

export async function fetchMyInvitations(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<MyInvitations> {
  const invitations = await answerOf(api({ accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl)
    .GET('/api/me/invitations', { params: { query: { lang } } }));
  const candidate = (invitations as Partial<Schema<'MyInvitations'>>).candidate ?? null;
  return { candidateLabel: candidate === null ? null : candidate.label, items: invitations.items.map(toMyInvitation) };
}

export async function answerInvitation(
  invitation: MyInvitation,
  answer: 'ACCEPTED' | 'DECLINED',
  share: ShareInput | null,
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<MyInvitation> {
  const body = answer === 'ACCEPTED' && share
    ? { answer, version: invitation.version, share: { name: share.name.trim(), email: share.email.trim(), phone: share.phone.trim() } }
    : { answer, version: invitation.version };
  return toMyInvitation(await answerOf(api({ accessToken, headers: { 'Accept-Language': lang } }, fetchImpl)
    .POST('/api/me/invitations/{id}/answer', { params: { path: { id: invitation.id }, query: { lang } }, body })));
}

export type ShareField = keyof ShareInput;
export type ShareErrors = Partial<Record<ShareField, string>>;

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const phonePattern = /^\+?[0-9]([ -]?[0-9]){7,14}$/;

/** The same checks the server makes, so most mistakes show before sending; the server's word still counts. */
export function validateShare(share: ShareInput, texts: Record<ShareField, string>): ShareErrors {
  const errors: ShareErrors = {};
  const name = share.name.trim();
  if (name === '' || name.length > 120) errors.name = texts.name;
  const email = share.email.trim();
  if (email !== '' && (email.length > 254 || !emailPattern.test(email))) errors.email = texts.email;
  const phone = share.phone.trim();
  if (phone !== '' && !phonePattern.test(phone)) errors.phone = texts.phone;
  return errors;
}

/** Server field errors ("share.email") to the form's fields. */
export function shareErrorsFrom(errors: readonly { field: string; message: string }[]): ShareErrors {
  const out: ShareErrors = {};
  for (const e of errors) {
    const field = e.field.replace(/^share\./, '');
    if (field === 'name' || field === 'email' || field === 'phone') out[field] ??= e.message;
  }
  return out;
}
