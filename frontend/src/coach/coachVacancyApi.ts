import { answer, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

export type CoachVacancySkill = Pick<Schema<'CoachVacancyControllerSkillView'>, 'uri' | 'essential'> & LabelInfo;

/** A vacancy of the coach's regions, as GET /api/coach/vacancies/{id} describes it. */
export type CoachVacancy = Pick<Schema<'CoachVacancyControllerVacancyView'>, 'id' | 'title' | 'employer' | 'region' | 'regionName' | 'description' | 'synthetic'> & {
  readonly gemeente: string | null;
  readonly status: 'PUBLISHED' | 'CLOSED';
  readonly hoursMin: number | null;
  readonly hoursMax: number | null;
  readonly validUntil: string | null;
  readonly skills: readonly CoachVacancySkill[];
};

const text = (value: string | null | undefined): string | null => (value ? value : null);
const number = (value: number | null | undefined): number | null => (typeof value === 'number' ? value : null);

/** Empty texts and absent hours as null, the region's code where it has no name, label languages narrowed. */
export function toCoachVacancy(view: Schema<'CoachVacancyControllerVacancyView'>): CoachVacancy {
  const v = view as Partial<Schema<'CoachVacancyControllerVacancyView'>> & Pick<Schema<'CoachVacancyControllerVacancyView'>, 'id' | 'title' | 'skills'>;
  return {
    id: v.id,
    title: v.title,
    employer: text(v.employer) ?? '',
    region: text(v.region) ?? '',
    regionName: text(v.regionName) ?? text(v.region) ?? '',
    gemeente: text(v.gemeente),
    status: v.status === 'CLOSED' ? 'CLOSED' : 'PUBLISHED',
    hoursMin: number(v.hoursMin),
    hoursMax: number(v.hoursMax),
    validUntil: text(v.validUntil),
    description: text(v.description) ?? '',
    synthetic: v.synthetic === true,
    skills: v.skills.map((s) => ({
      uri: s.uri,
      label: text(s.label) ?? s.uri,
      labelLanguage: labelLanguage(s.labelLanguage),
      derived: s.derived,
      essential: s.essential,
    })),
  };
}

export async function fetchCoachVacancy(id: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<CoachVacancy> {
  return toCoachVacancy(await answer(api({ accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl)
    .GET('/api/coach/vacancies/{id}', { params: { path: { id }, query: { lang } } })));
}
