import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { toExplanation, type Explanation, type VacancyCardData } from '../explore/matchApi';

/** One of the employer's vacancies; `status` DRAFT, PUBLISHED or CLOSED. */
export type OwnVacancy = Pick<Schema<'VacancySummary'>, 'id' | 'title' | 'region' | 'status' | 'validFrom' | 'validUntil' | 'synthetic'>;

/** The newest invitation for a vacancy; `sharedName` once the candidate accepted. */
export type CandidateInvitation = Nullable<Schema<'InvitationState'>, 'sharedName'>;

export type Candidate = Pick<Schema<'Candidate'>, 'id' | 'score'> & {
  /** Pseudonymous: "Kandidaat 7F3A". */
  readonly label: string;
  readonly explanation: Explanation;
  readonly invitation: CandidateInvitation | null;
};

export interface Candidates {
  readonly vacancy: VacancyCardData;
  readonly items: readonly Candidate[];
}

/** The candidates with their explanations' labels narrowed; `invitation` is null before the first one. */
export function toCandidates(candidates: Schema<'Candidates'>): Candidates {
  return {
    vacancy: candidates.vacancy,
    items: candidates.items.map((candidate) => ({
      id: candidate.id,
      label: candidate.label,
      score: candidate.score,
      explanation: toExplanation(candidate.explanation),
      invitation: (candidate.invitation as CandidateInvitation | null | undefined) ?? null,
    })),
  };
}

export async function fetchOwnVacancies(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<OwnVacancy[]> {
  return (await answer(api({ accessToken, signal }, fetchImpl).GET('/api/vacancies'))).items;
}

export async function fetchCandidates(vacancyId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Candidates> {
  return toCandidates(await answer(api({ accessToken, signal }, fetchImpl)
    .GET('/api/vacancies/{id}/candidates', { params: { path: { id: vacancyId }, query: { lang } } })));
}
