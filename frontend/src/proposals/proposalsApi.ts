import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

export interface VacancyRef {
  readonly id: string;
  readonly title: string;
  readonly employer: string;
  readonly region: string;
}

export interface Contact {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
}

/** A proposal as the job seeker sees it. */
export interface MyProposal {
  readonly id: string;
  readonly vacancy: VacancyRef;
  readonly state: 'AWAITING_CANDIDATE' | 'PROPOSED' | 'DECLINED' | string;
  readonly outcome: string | null;
  readonly note: string;
  readonly coachLabel: string;
  readonly proposedAt: string;
  readonly shared: Contact | null;
}

/** An agreed proposal as the employer sees it. */
export interface IncomingProposal {
  readonly id: string;
  readonly vacancy: VacancyRef;
  readonly candidateLabel: string;
  readonly contact: Contact | null;
  readonly note: string;
  readonly coachLabel: string;
  readonly outcome: string | null;
  readonly answeredAt: string;
}

export interface Share {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const optional = (value: unknown) => (typeof value === 'string' ? value : null);

function items(json: unknown): unknown[] {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('The answer has "items".');
  return json.items;
}

function vacancy(value: unknown): VacancyRef {
  if (!isRecord(value)) throw new Error('A proposal names its vacancy.');
  return { id: text(value.id), title: text(value.title), employer: text(value.employer), region: text(value.region) };
}

function contact(value: unknown): Contact | null {
  if (!isRecord(value)) return null;
  return { name: text(value.name), email: optional(value.email), phone: optional(value.phone) };
}

export function parseMyProposal(value: unknown): MyProposal {
  if (!isRecord(value) || typeof value.id !== 'string') throw new Error('A proposal has an id.');
  return {
    id: value.id,
    vacancy: vacancy(value.vacancy),
    state: text(value.state),
    outcome: optional(value.outcome),
    note: text(value.note),
    coachLabel: text(value.coachLabel),
    proposedAt: text(value.proposedAt),
    shared: contact(value.shared),
  };
}

export function parseIncoming(json: unknown): IncomingProposal[] {
  return items(json).map((value) => {
    if (!isRecord(value) || typeof value.id !== 'string') throw new Error('A proposal has an id.');
    return {
      id: value.id,
      vacancy: vacancy(value.vacancy),
      candidateLabel: text(value.candidateLabel),
      contact: contact(value.contact),
      note: text(value.note),
      coachLabel: text(value.coachLabel),
      outcome: optional(value.outcome),
      answeredAt: text(value.answeredAt),
    };
  });
}

const languageHeader = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export interface MyProposals {
  readonly items: readonly MyProposal[];
  /** The pseudonym coaches and employers see me under ("Kandidaat 7F3A"); null without a profile. */
  readonly label: string | null;
}

export function parseMyProposals(json: unknown): MyProposals {
  return { items: items(json).map(parseMyProposal), label: isRecord(json) ? optional(json.label) : null };
}

export function fetchMyProposals(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<MyProposals> {
  return apiRequest(`/api/me/proposals?lang=${lang}`, parseMyProposals, { accessToken, signal }, fetchImpl);
}

export function answerProposal(
  id: string,
  answer: { agreed: true; share: Share } | { agreed: false },
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<MyProposal> {
  const body = answer.agreed
    ? { answer: 'AGREED', share: { name: answer.share.name.trim(), email: answer.share.email.trim() || null, phone: answer.share.phone.trim() || null } }
    : { answer: 'DECLINED' };
  return apiRequest(`/api/me/proposals/${encodeURIComponent(id)}/answer`, parseMyProposal, { method: 'POST', body, accessToken, headers: languageHeader(lang) }, fetchImpl);
}

export function fetchIncomingProposals(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<IncomingProposal[]> {
  return apiRequest(`/api/employer/proposals?lang=${lang}`, parseIncoming, { accessToken, signal }, fetchImpl);
}
