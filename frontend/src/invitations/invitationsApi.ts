import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { parseExplanation, parseVacancyCard, type Explanation, type VacancyCardData } from '../explore/matchApi';
import { parseContact, parseStatus, type InvitationStatus, type SharedContact } from '../employer/invitationApi';

/** An invitation as the invited person sees it: the vacancy, the employer's message, and why it matches. */
export interface MyInvitation {
  readonly id: string;
  readonly vacancy: VacancyCardData | null;
  readonly message: string;
  readonly status: InvitationStatus;
  readonly version: number;
  readonly sentAt: string;
  readonly shared: SharedContact | null;
  readonly explanation: Explanation | null;
}

export interface MyInvitations {
  /** How employers see the person ("Kandidaat 7F3A"); null without a profile. */
  readonly candidateLabel: string | null;
  readonly items: readonly MyInvitation[];
}

export interface ShareInput {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

export function parseMyInvitation(value: unknown): MyInvitation {
  if (!isRecord(value) || typeof value.id !== 'string') throw new Error('An invitation has an id.');
  return {
    id: value.id,
    vacancy: value.vacancy == null ? null : parseVacancyCard(value.vacancy),
    message: typeof value.message === 'string' ? value.message : '',
    status: parseStatus(value.status),
    version: typeof value.version === 'number' ? value.version : 0,
    sentAt: String(value.sentAt ?? ''),
    shared: parseContact(value.shared),
    explanation: value.explanation == null ? null : parseExplanation(value.explanation),
  };
}

export function parseMyInvitations(json: unknown): MyInvitations {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('The answer has "items".');
  const candidate = isRecord(json.candidate) && typeof json.candidate.label === 'string' ? json.candidate.label : null;
  return { candidateLabel: candidate, items: json.items.map(parseMyInvitation) };
}

export function fetchMyInvitations(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest(`/api/me/invitations?lang=${lang}`, parseMyInvitations, { accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl);
}

export function answerInvitation(
  invitation: MyInvitation,
  answer: 'ACCEPTED' | 'DECLINED',
  share: ShareInput | null,
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
) {
  const body = answer === 'ACCEPTED' && share
    ? { answer, version: invitation.version, share: { name: share.name.trim(), email: share.email.trim(), phone: share.phone.trim() } }
    : { answer, version: invitation.version };
  return apiRequest(`/api/me/invitations/${encodeURIComponent(invitation.id)}/answer?lang=${lang}`, parseMyInvitation,
    { method: 'POST', body, accessToken, headers: { 'Accept-Language': lang } }, fetchImpl);
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
