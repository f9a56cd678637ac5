import { answer as answerOf, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';

export type VacancyRef = Schema<'VacancyRef'>;

/** What the job seeker shared on agreeing; email and phone null when left out. */
export interface Contact {
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
}

/** A proposal as the job seeker sees it; `state` AWAITING_CANDIDATE, PROPOSED or DECLINED, `outcome` null until recorded. */
export type MyProposal = Pick<Schema<'ForCandidate'>, 'id' | 'vacancy' | 'state' | 'note' | 'coachLabel' | 'proposedAt'> & {
  readonly outcome: string | null;
  readonly shared: Contact | null;
};

/** An agreed proposal as the employer sees it. */
export type IncomingProposal = Pick<Schema<'ForEmployer'>, 'id' | 'vacancy' | 'candidateLabel' | 'note' | 'coachLabel' | 'answeredAt'> & {
  readonly contact: Contact | null;
  readonly outcome: string | null;
};

/** The form: every field a string, '' when left empty. */
export type Share = Required<Schema<'Share'>>;

export interface MyProposals {
  readonly items: readonly MyProposal[];
  /** The pseudonym coaches and employers see me under ("Kandidaat 7F3A"); null without a profile. */
  readonly label: string | null;
}

function contact(value: Schema<'Contact'> | null | undefined): Contact | null {
  return value ? { name: value.name ?? '', email: value.email ?? null, phone: value.phone ?? null } : null;
}

/** Nulls as the pages expect them: no outcome, no contact, '' for a proposal without a note. */
export function toMyProposal(proposal: Schema<'ForCandidate'>): MyProposal {
  const p = proposal as Partial<Schema<'ForCandidate'>> & Pick<Schema<'ForCandidate'>, 'id' | 'vacancy'>;
  return {
    id: p.id,
    vacancy: p.vacancy,
    state: p.state ?? '',
    outcome: p.outcome ?? null,
    note: p.note ?? '',
    coachLabel: p.coachLabel ?? '',
    proposedAt: p.proposedAt ?? '',
    shared: contact(p.shared),
  };
}

export function toIncomingProposal(proposal: Schema<'ForEmployer'>): IncomingProposal {
  const p = proposal as Partial<Schema<'ForEmployer'>> & Pick<Schema<'ForEmployer'>, 'id' | 'vacancy'>;
  return {
    id: p.id,
    vacancy: p.vacancy,
    candidateLabel: p.candidateLabel ?? '',
    contact: contact(p.contact),
    note: p.note ?? '',
    coachLabel: p.coachLabel ?? '',
    outcome: p.outcome ?? null,
    answeredAt: p.answeredAt ?? '',
  };
}

export function toMyProposals(list: Schema<'CandidateList'>): MyProposals {
  return { items: list.items.map(toMyProposal), label: (list as Partial<Schema<'CandidateList'>>).label ?? null };
}

export async function fetchMyProposals(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<MyProposals> {
  return toMyProposals(await answerOf(api({ accessToken, signal }, fetchImpl).GET('/api/me/proposals', { params: { query: { lang } } })));
}

export async function answerProposal(
  id: string,
  answer: { agreed: true; share: Share } | { agreed: false },
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<MyProposal> {
  // an empty address or number is left out: the server stores it as none
  const body: Schema<'MyProposalsControllerAnswerInput'> = answer.agreed
    ? { answer: 'AGREED', share: { name: answer.share.name.trim(), email: answer.share.email.trim() || undefined, phone: answer.share.phone.trim() || undefined } }
    : { answer: 'DECLINED' };
  return toMyProposal(await answerOf(api({ accessToken, headers: { 'Accept-Language': lang } }, fetchImpl)
    .POST('/api/me/proposals/{id}/answer', { params: { path: { id } }, body })));
}

export async function fetchIncomingProposals(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<IncomingProposal[]> {
  const list = await answerOf(api({ accessToken, signal }, fetchImpl).GET('/api/employer/proposals', { params: { query: { lang } } }));
  return list.items.map(toIncomingProposal);
}
