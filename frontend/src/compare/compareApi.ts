import { answer, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { toExplanation, toRoutePlan, type Explanation, type Fit, type RoutePlan } from '../explore/matchApi';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

/** One occupation of a comparison: what the person has, has in part and misses, routes, open vacancies. */
export interface ComparedOccupation extends LabelInfo {
  readonly uri: string;
  readonly fit: Fit;
  readonly have: Explanation['matched'];
  readonly partial: Explanation['partial'];
  /** Essential skills the person misses; optional ones are only counted. */
  readonly missing: Explanation['missing'];
  readonly optionalMissing: number;
  readonly routes: RoutePlan;
  readonly routeWeeks: number;
  readonly openVacancies: number;
}

export interface Comparison {
  /** Arbeidsmarktregio where the vacancies were counted, or null for the whole country. */
  readonly region: string | null;
  readonly regionName: string | null;
  readonly occupations: readonly ComparedOccupation[];
}

/** A held skill as the anonymous comparison sends it. */
export type ComparedSkill = Pick<Schema<'ProfileInputSkillInput'>, 'uri' | 'level'>;

/** The occupations with their skills' and labels' language narrowed (the same lists as a match explanation's). */
export function toComparison(comparison: Schema<'OccupationComparisonView'>): Comparison {
  const nullable = comparison as Partial<Schema<'OccupationComparisonView'>>;
  return {
    region: nullable.region ?? null,
    regionName: nullable.regionName ?? null,
    occupations: comparison.occupations.map((item): ComparedOccupation => {
      const explained = toExplanation({ score: 0, coverage: 0, relevance: 0, matched: item.have, partial: item.partial, missing: item.missing, parts: [] });
      return {
        uri: item.uri,
        label: item.label ?? item.uri,
        labelLanguage: labelLanguage(item.labelLanguage),
        derived: item.derived,
        fit: item.fit,
        have: explained.matched,
        partial: explained.partial,
        missing: explained.missing,
        optionalMissing: item.optionalMissing,
        routes: toRoutePlan(item.routes),
        routeWeeks: item.routeWeeks,
        openVacancies: item.openVacancies,
      };
    }),
  };
}

/** Anonymous: the skills come from the browser (or the shared link); nothing is stored on the server. */
export async function compareAnonymously(
  occupations: readonly string[],
  skills: readonly ComparedSkill[],
  region: string,
  lang: 'nl' | 'en',
  fetchImpl?: Fetch,
): Promise<Comparison> {
  return toComparison(await answer(api({ headers: { 'Accept-Language': lang } }, fetchImpl).POST('/api/public/match/compare', {
    params: { query: { lang } },
    body: { profile: { skills: [...skills], ...(region ? { region } : {}) }, occupations: [...occupations] },
  })));
}

/** Signed in as a job seeker: the stored profile and its region. */
export async function compareOwnProfile(occupations: readonly string[], token: string, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<Comparison> {
  return toComparison(await answer(api({ accessToken: token, headers: { 'Accept-Language': lang } }, fetchImpl)
    .GET('/api/me/matches/compare', { params: { query: { occupation: [...occupations], lang } } })));
}
