import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

export interface CoachVacancySkill extends LabelInfo {
  readonly uri: string;
  readonly essential: boolean;
}

/** A vacancy of the coach's regions, as GET /api/coach/vacancies/{id} describes it. */
export interface CoachVacancy {
  readonly id: string;
  readonly title: string;
  readonly employer: string;
  readonly region: string;
  readonly regionName: string;
  readonly gemeente: string | null;
  readonly status: 'PUBLISHED' | 'CLOSED';
  readonly hoursMin: number | null;
  readonly hoursMax: number | null;
  readonly validUntil: string | null;
  readonly description: string;
  readonly synthetic: boolean;
  readonly skills: readonly CoachVacancySkill[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const number = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function parseCoachVacancy(json: unknown): CoachVacancy {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.title !== 'string' || !Array.isArray(json.skills)) {
    throw new Error('A vacancy has no "id", "title" and "skills".');
  }
  return {
    id: json.id,
    title: json.title,
    employer: text(json.employer) ?? '',
    region: text(json.region) ?? '',
    regionName: text(json.regionName) ?? text(json.region) ?? '',
    gemeente: text(json.gemeente),
    status: json.status === 'CLOSED' ? 'CLOSED' : 'PUBLISHED',
    hoursMin: number(json.hoursMin),
    hoursMax: number(json.hoursMax),
    validUntil: text(json.validUntil),
    description: text(json.description) ?? '',
    synthetic: json.synthetic === true,
    skills: json.skills.filter(isRecord).map((s) => ({
      uri: String(s.uri),
      label: text(s.label) ?? String(s.uri),
      labelLanguage: labelLanguage(s.labelLanguage),
      derived: s.derived === true,
      essential: s.essential === true,
    })),
  };
}

export function fetchCoachVacancy(id: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<CoachVacancy> {
  return apiRequest(`/api/coach/vacancies/${encodeURIComponent(id)}?lang=${lang}`, parseCoachVacancy,
    { accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl);
}
