import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

export type InvitationStatus = 'OPEN' | 'ACCEPTED' | 'DECLINED';

/** What the candidate shared on accepting; absent until then. */
export interface SharedContact {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
}

/** An invitation as the employer sees it: pseudonymous until the candidate accepts. */
export interface SentInvitation {
  readonly id: string;
  readonly candidateId: string;
  readonly label: string;
  readonly status: InvitationStatus;
  readonly sentAt: string;
  readonly contact: SharedContact | null;
}

export const maxInvitationMessage = 1000;

export function parseStatus(value: unknown): InvitationStatus {
  if (value === 'OPEN' || value === 'ACCEPTED' || value === 'DECLINED') return value;
  throw new Error('An invitation status is OPEN, ACCEPTED or DECLINED.');
}

export function parseContact(value: unknown): SharedContact | null {
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  return {
    name: value.name,
    email: typeof value.email === 'string' ? value.email : null,
    phone: typeof value.phone === 'string' ? value.phone : null,
  };
}

export function parseSentInvitation(value: unknown): SentInvitation {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.candidateId !== 'string') {
    throw new Error('An invitation has an id and a candidate.');
  }
  return {
    id: value.id,
    candidateId: value.candidateId,
    label: String(value.label ?? ''),
    status: parseStatus(value.status),
    sentAt: String(value.sentAt ?? ''),
    contact: parseContact(value.contact),
  };
}

export function parseSentInvitations(json: unknown): SentInvitation[] {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('The answer has "items".');
  return json.items.map(parseSentInvitation);
}

export function fetchSentInvitations(vacancyId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest(`/api/vacancies/${encodeURIComponent(vacancyId)}/invitations?lang=${lang}`, parseSentInvitations,
    { accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl);
}

export function sendInvitation(vacancyId: string, candidateId: string, message: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  return apiRequest(`/api/vacancies/${encodeURIComponent(vacancyId)}/invitations?lang=${lang}`, parseSentInvitation,
    { method: 'POST', body: { candidateId, message }, accessToken, headers: { 'Accept-Language': lang } }, fetchImpl);
}
