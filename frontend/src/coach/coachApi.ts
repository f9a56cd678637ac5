import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { readLabel, type LabelInfo } from '../taxonomy/labels';
import { parseExplanation, parseRoutePlan, parseVacancyCard, type Explanation, type RoutePlan, type VacancyCardData } from '../explore/matchApi';

/** The outcomes a coach records, in the order the select offers them. */
export const outcomes = ['GESPREK', 'AANGENOMEN', 'AFGEWEZEN', 'SCHOLING_GESTART'] as const;
export type Outcome = (typeof outcomes)[number];

export interface TopMatch {
  readonly vacancyId: string;
  readonly title: string;
  readonly employer: string;
  readonly score: number;
}

export interface CaseloadRow {
  readonly profileId: string;
  /** Pseudonymous: "Kandidaat 7F3A". */
  readonly label: string;
  readonly region: string;
  readonly regionName: string;
  readonly skills: number;
  readonly topMatches: readonly TopMatch[];
  readonly openProposals: number;
  readonly lastNoteAt: string | null;
}

export interface CaseloadPage {
  readonly items: readonly CaseloadRow[];
  readonly page: number;
  readonly size: number;
  readonly total: number;
  /** The coach's own regions (the filter's choices). */
  readonly regions: readonly string[];
}

export interface SkillView extends LabelInfo {
  readonly uri: string;
  readonly level: string;
  readonly evidence: string;
  readonly doesIt: boolean;
  readonly canDoIt: boolean;
  readonly wantsToLearn: boolean;
  readonly givesEnergy: boolean;
}

export interface Note {
  readonly id: string;
  readonly authorLabel: string;
  readonly text: string;
  readonly writtenAt: string;
}

export interface CoachProposal {
  readonly id: string;
  readonly vacancy: { readonly id: string; readonly title: string; readonly employer: string; readonly region: string };
  readonly state: 'AWAITING_CANDIDATE' | 'PROPOSED' | 'DECLINED' | string;
  readonly outcome: string | null;
  readonly note: string;
  readonly proposedAt: string;
  readonly version: number;
}

export interface CandidateFile {
  readonly profile: {
    readonly profileId: string;
    readonly label: string;
    readonly region: string;
    readonly regionName: string;
    readonly caseloadRegions: readonly string[];
    readonly skills: readonly SkillView[];
  };
  readonly matches: readonly { readonly vacancy: VacancyCardData; readonly score: number; readonly explanation: Explanation }[];
  readonly routes: RoutePlan;
  readonly notes: readonly Note[];
  readonly proposals: readonly CoachProposal[];
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what} is not an object.`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list.`);
  return value;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : 0);

export function parseCaseload(json: unknown): CaseloadPage {
  const page = record(json, 'The caseload');
  return {
    items: list(page.items, 'items').map((value) => {
      const row = record(value, 'A row');
      if (typeof row.profileId !== 'string' || typeof row.label !== 'string') throw new Error('A row has a profile id and a label.');
      return {
        profileId: row.profileId,
        label: row.label,
        region: text(row.region),
        regionName: text(row.regionName),
        skills: number(row.skills),
        topMatches: list(row.topMatches ?? [], 'topMatches').map((m) => {
          const match = record(m, 'A match');
          return { vacancyId: text(match.vacancyId), title: text(match.title), employer: text(match.employer), score: number(match.score) };
        }),
        openProposals: number(row.openProposals),
        lastNoteAt: typeof row.lastNoteAt === 'string' ? row.lastNoteAt : null,
      };
    }),
    page: number(page.page),
    size: number(page.size),
    total: number(page.total),
    regions: list(page.regions ?? [], 'regions').map(text),
  };
}

export function parseNote(value: unknown): Note {
  const note = record(value, 'A note');
  return { id: text(note.id), authorLabel: text(note.authorLabel), text: text(note.text), writtenAt: text(note.writtenAt) };
}

export function parseCoachProposal(value: unknown): CoachProposal {
  const p = record(value, 'A proposal');
  const vacancy = record(p.vacancy, 'A proposal vacancy');
  if (typeof p.id !== 'string') throw new Error('A proposal has an id.');
  return {
    id: p.id,
    vacancy: { id: text(vacancy.id), title: text(vacancy.title), employer: text(vacancy.employer), region: text(vacancy.region) },
    state: text(p.state),
    outcome: typeof p.outcome === 'string' ? p.outcome : null,
    note: text(p.note),
    proposedAt: text(p.proposedAt),
    version: number(p.version),
  };
}

export function parseCandidateFile(json: unknown): CandidateFile {
  const file = record(json, 'The candidate file');
  const profile = record(file.profile, 'The profile');
  return {
    profile: {
      profileId: text(profile.profileId),
      label: text(profile.label),
      region: text(profile.region),
      regionName: text(profile.regionName),
      caseloadRegions: list(profile.caseloadRegions ?? [], 'caseloadRegions').map(text),
      skills: list(profile.skills ?? [], 'skills').map((value) => {
        const s = record(value, 'A skill');
        return {
          uri: text(s.uri),
          ...readLabel(s, text(s.uri)),
          level: text(s.level),
          evidence: text(s.evidence),
          doesIt: s.doesIt === true,
          canDoIt: s.canDoIt === true,
          wantsToLearn: s.wantsToLearn === true,
          givesEnergy: s.givesEnergy === true,
        };
      }),
    },
    matches: list(file.matches ?? [], 'matches').map((value) => {
      const m = record(value, 'A match');
      return { vacancy: parseVacancyCard(m.vacancy), score: number(m.score), explanation: parseExplanation(m.explanation) };
    }),
    routes: parseRoutePlan(file.routes),
    notes: list(file.notes ?? [], 'notes').map(parseNote),
    proposals: list(file.proposals ?? [], 'proposals').map(parseCoachProposal),
  };
}

const languageHeader = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export function fetchCaseload(
  query: { region: string; page: number },
  lang: 'nl' | 'en',
  accessToken: string,
  signal?: AbortSignal,
  fetchImpl?: Fetch,
): Promise<CaseloadPage> {
  const params = new URLSearchParams({ page: String(query.page), size: '20', lang });
  if (query.region) params.set('region', query.region);
  return apiRequest(`/api/coach/caseload?${params.toString()}`, parseCaseload, { accessToken, signal, headers: languageHeader(lang) }, fetchImpl);
}

export function fetchCandidateFile(profileId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<CandidateFile> {
  return apiRequest(`/api/coach/candidates/${encodeURIComponent(profileId)}?lang=${lang}`, parseCandidateFile, { accessToken, signal, headers: languageHeader(lang) }, fetchImpl);
}

export function writeNote(profileId: string, noteText: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<Note> {
  return apiRequest(`/api/coach/candidates/${encodeURIComponent(profileId)}/notes`, parseNote, { method: 'POST', body: { text: noteText }, accessToken, headers: languageHeader(lang) }, fetchImpl);
}

export function propose(
  input: { profileId: string; vacancyId: string; note: string },
  lang: 'nl' | 'en',
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<CoachProposal> {
  return apiRequest('/api/coach/proposals', parseCoachProposal, { method: 'POST', body: input, accessToken, headers: languageHeader(lang) }, fetchImpl);
}

export function recordOutcome(proposalId: string, outcome: Outcome, version: number, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<CoachProposal> {
  return apiRequest(`/api/coach/proposals/${encodeURIComponent(proposalId)}/outcome`, parseCoachProposal, { method: 'PUT', body: { outcome, version }, accessToken, headers: languageHeader(lang) }, fetchImpl);
}
