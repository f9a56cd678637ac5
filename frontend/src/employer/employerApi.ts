import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { parseExplanation, parseVacancyCard, type Explanation, type VacancyCardData } from '../explore/matchApi';
import { parseStatus, type InvitationStatus } from './invitationApi';

export interface OwnVacancy {
  readonly id: string;
  readonly title: string;
  readonly region: string;
  readonly status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly synthetic: boolean;
}

export interface Candidate {
  readonly id: string;
  /** Pseudonymous: "Kandidaat 7F3A". */
  readonly label: string;
  readonly score: number;
  readonly explanation: Explanation;
  /** The newest invitation for this vacancy; `sharedName` once the candidate accepted. */
  readonly invitation: CandidateInvitation | null;
}

export interface CandidateInvitation {
  readonly id: string;
  readonly status: InvitationStatus;
  readonly sharedName: string | null;
}

function parseCandidateInvitation(value: unknown): CandidateInvitation | null {
  if (!isRecord(value) || typeof value.id !== 'string') return null;
  return { id: value.id, status: parseStatus(value.status), sharedName: typeof value.sharedName === 'string' ? value.sharedName : null };
}

export interface Candidates {
  readonly vacancy: VacancyCardData;
  readonly items: readonly Candidate[];
}

function items(json: unknown): unknown[] {
  if (!isRecord(json) || !Array.isArray(json.items)) throw new Error('The answer has "items".');
  return json.items;
}

export function parseOwnVacancies(json: unknown): OwnVacancy[] {
  return items(json).map((value) => {
    if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') {
      throw new Error('A vacancy has an id and a title.');
    }
    return {
      id: value.id,
      title: value.title,
      region: String(value.region ?? ''),
      status: String(value.status ?? ''),
      validFrom: String(value.validFrom ?? ''),
      validUntil: String(value.validUntil ?? ''),
      synthetic: value.synthetic === true,
    };
  });
}

export function parseCandidates(json: unknown): Candidates {
  if (!isRecord(json)) throw new Error('The answer is not an object.');
  return {
    vacancy: parseVacancyCard(json.vacancy),
    items: items(json).map((value) => {
      if (!isRecord(value) || typeof value.id !== 'string' || typeof value.label !== 'string') {
        throw new Error('A candidate has an id and a label.');
      }
      return {
        id: value.id,
        label: value.label,
        score: typeof value.score === 'number' ? value.score : 0,
        explanation: parseExplanation(value.explanation),
        invitation: parseCandidateInvitation(value.invitation),
      };
    }),
  };
}

export function fetchOwnVacancies(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<OwnVacancy[]> {
  return apiRequest('/api/vacancies', parseOwnVacancies, { accessToken, signal }, fetchImpl);
}

export function fetchCandidates(vacancyId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Candidates> {
  return apiRequest(`/api/vacancies/${encodeURIComponent(vacancyId)}/candidates?lang=${lang}`, parseCandidates, { accessToken, signal }, fetchImpl);
}
