import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { parseExplanation, parseRoutePlan, type Explanation, type Fit, type RoutePlan } from '../explore/matchApi';
import { readLabel, type LabelInfo } from '../taxonomy/labels';

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
export interface ComparedSkill {
  readonly uri: string;
  readonly level?: string;
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function parseComparison(json: unknown): Comparison {
  if (!isRecord(json) || !Array.isArray(json.occupations)) throw new Error('A comparison lists "occupations".');
  return {
    region: typeof json.region === 'string' ? json.region : null,
    regionName: typeof json.regionName === 'string' ? json.regionName : null,
    occupations: json.occupations.map((item): ComparedOccupation => {
      if (!isRecord(item) || typeof item.uri !== 'string' || !isRecord(item.fit)) throw new Error('An occupation has a uri and a fit.');
      // the three lists have the shape of a match explanation's; read them with the same parser
      const explained = parseExplanation({ matched: item.have, partial: item.partial, missing: item.missing });
      return {
        uri: item.uri,
        ...readLabel(item, item.uri),
        fit: {
          percent: num(item.fit.percent),
          essentialsFull: num(item.fit.essentialsFull),
          essentialsPartial: num(item.fit.essentialsPartial),
          essentials: num(item.fit.essentials),
        },
        have: explained.matched,
        partial: explained.partial,
        missing: explained.missing,
        optionalMissing: num(item.optionalMissing),
        routes: parseRoutePlan(item.routes),
        routeWeeks: num(item.routeWeeks),
        openVacancies: num(item.openVacancies),
      };
    }),
  };
}

/** Anonymous: the skills come from the browser (or the shared link); nothing is stored on the server. */
export function compareAnonymously(
  occupations: readonly string[],
  skills: readonly ComparedSkill[],
  region: string,
  lang: 'nl' | 'en',
  fetchImpl?: Fetch,
): Promise<Comparison> {
  return apiRequest(`/api/public/match/compare?lang=${lang}`, parseComparison, {
    method: 'POST',
    headers: { 'Accept-Language': lang },
    body: { profile: { skills, ...(region ? { region } : {}) }, occupations },
  }, fetchImpl);
}

/** Signed in as a job seeker: the stored profile and its region. */
export function compareOwnProfile(occupations: readonly string[], token: string, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<Comparison> {
  const query = new URLSearchParams(occupations.map((o) => ['occupation', o]));
  query.set('lang', lang);
  return apiRequest(`/api/me/matches/compare?${query.toString()}`, parseComparison, {
    accessToken: token,
    headers: { 'Accept-Language': lang },
  }, fetchImpl);
}
