import { answer, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';
import { toExplanation, toRoutePlan, type Explanation, type RoutePlan, type VacancyCardData } from '../explore/matchApi';

/** The outcomes a coach records, in the order the select offers them. */
export const outcomes = ['GESPREK', 'AANGENOMEN', 'AFGEWEZEN', 'SCHOLING_GESTART'] as const;
export type Outcome = (typeof outcomes)[number];

export type TopMatch = Schema<'TopMatch'>;

export type CaseloadRow = Pick<Schema<'Row'>, 'profileId' | 'region' | 'regionName' | 'skills' | 'topMatches' | 'openProposals'> & {
  /** Pseudonymous: "Kandidaat 7F3A". */
  readonly label: string;
  readonly lastNoteAt: string | null;
};

export type CaseloadPage = Omit<Schema<'Page'>, 'items'> & {
  readonly items: readonly CaseloadRow[];
};

export type SkillView = Omit<Schema<'CaseloadViewsSkillView'>, 'labelLanguage'> & LabelInfo;

export type Note = Schema<'NoteView'>;

/** A proposal as its coach sees it; `state` AWAITING_CANDIDATE, PROPOSED or DECLINED, `outcome` null until recorded. */
export type CoachProposal = Pick<Schema<'ForCoach'>, 'id' | 'vacancy' | 'state' | 'note' | 'proposedAt' | 'version'> & {
  readonly outcome: string | null;
};

export interface CandidateFile {
  readonly profile: Pick<Schema<'CaseloadViewsProfileView'>, 'profileId' | 'label' | 'region' | 'regionName' | 'caseloadRegions'> & {
    readonly skills: readonly SkillView[];
  };
  readonly matches: readonly { readonly vacancy: VacancyCardData; readonly score: number; readonly explanation: Explanation }[];
  readonly routes: RoutePlan;
  readonly notes: readonly Note[];
  readonly proposals: readonly CoachProposal[];
}

/** `lastNoteAt` is null before the first note. */
export function toCaseload(page: Schema<'Page'>): CaseloadPage {
  return { ...page, items: page.items.map((row) => ({ ...row, lastNoteAt: (row.lastNoteAt as string | null | undefined) ?? null })) };
}

/** `outcome` is null until the coach records one; a proposal without a note has ''. */
export function toCoachProposal(proposal: Schema<'ForCoach'>): CoachProposal {
  const nullable = proposal as Partial<Schema<'ForCoach'>>;
  return {
    id: proposal.id,
    vacancy: proposal.vacancy,
    state: proposal.state,
    outcome: nullable.outcome ?? null,
    note: nullable.note ?? '',
    proposedAt: proposal.proposedAt,
    version: proposal.version,
  };
}

/** The file with its skills' and explanations' label languages narrowed. */
export function toCandidateFile(file: Schema<'Detail'>): CandidateFile {
  return {
    profile: {
      ...file.profile,
      skills: file.profile.skills.map((s) => ({ ...s, label: s.label ?? s.uri, labelLanguage: labelLanguage(s.labelLanguage) })),
    },
    matches: file.matches.map((m) => ({ vacancy: m.vacancy, score: m.score, explanation: toExplanation(m.explanation) })),
    routes: toRoutePlan(file.routes),
    notes: file.notes,
    proposals: file.proposals.map(toCoachProposal),
  };
}

const languageHeader = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export async function fetchCaseload(
  query: { region: string; page: number },
  lang: 'nl' | 'en',
  accessToken: string,
  signal?: AbortSignal,
  fetchImpl?: Fetch,
): Promise<CaseloadPage> {
  const params = { page: query.page, size: 20, lang, ...(query.region ? { region: query.region } : {}) };
  return toCaseload(await answer(api({ accessToken, signal, headers: languageHeader(lang) }, fetchImpl).GET('/api/coach/caseload', { params: { query: params } })));
}

export async function fetchCandidateFile(profileId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<CandidateFile> {
  return toCandidateFile(await answer(api({ accessToken, signal, headers: languageHeader(lang) }, fetchImpl)
    .GET('/api/coach/candidates/{profileId}', { params: { path: { profileId }, query: { lang } } })));
}

export function writeNote(profileId: string, noteText: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<Note> {
  return answer(api({ accessToken, headers: languageHeader(lang) }, fetchImpl)
    .POST('/api/coach/candidates/{profileId}/notes', { params: { path: { profileId } }, body: { text: noteText } }));
}

export async function propose(
  input: { profileId: string; vacancyId: string; note: string },
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<CoachProposal> {
  return toCoachProposal(await answer(api({ accessToken, headers: languageHeader(lang) }, fetchImpl).POST('/api/coach/proposals', { body: input })));
}

export async function recordOutcome(proposalId: string, outcome: Outcome, version: number, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<CoachProposal> {
  return toCoachProposal(await answer(api({ accessToken, headers: languageHeader(lang) }, fetchImpl)
    .PUT('/api/coach/proposals/{id}/outcome', { params: { path: { id: proposalId } }, body: { outcome, version } })));
}
