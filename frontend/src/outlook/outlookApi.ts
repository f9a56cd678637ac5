import { apiRequest, type Fetch } from '../api/http';

/** GET /api/me/outlook (issue 19): the seeker's own skills by demand trend in their region, advice, routes. */
export interface SeekerOutlook {
  readonly region: string;
  readonly regionName: string;
  readonly items: readonly OutlookItem[];
  readonly advice: readonly { readonly group: OutlookGroup; readonly nl: string; readonly en: string; readonly skills: readonly string[] }[];
  readonly routes: readonly OutlookRoute[];
  readonly message: 'NO_ANSWERS' | 'NOT_ENOUGH_DATA' | null;
  readonly synthetic: boolean;
}

export type OutlookGroup = 'LEARN_GROWING' | 'STRENGTH_GROWING' | 'ENERGY_SHRINKING' | 'SHRINKING' | 'STABLE' | 'NOT_ENOUGH_DATA';

export interface OutlookItem {
  readonly uri: string;
  readonly label: string;
  readonly group: OutlookGroup;
  readonly trend: 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';
  readonly percent: number | null;
  readonly doesIt: boolean;
  readonly canDoIt: boolean;
  readonly wantsToLearn: boolean;
  readonly givesEnergy: boolean;
  /** The prognosis for the coming year, or null: "geen prognose" (too short or too small a series). */
  readonly prognosis: YearPrognosis | null;
}

/** Expected vacancies in the next 4 quarters against the last 4 finished ones, with the 80 % interval. */
export interface YearPrognosis {
  readonly from: string;
  readonly to: string;
  readonly lastYear: number;
  readonly expected: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly percent: number;
  readonly percentLower80: number;
  readonly percentUpper80: number;
}

export interface OutlookRoute {
  readonly id: string;
  readonly skill: string;
  readonly titleNl: string;
  readonly titleEn: string;
  readonly provider: string;
  readonly durationWeeks: number;
  readonly costEuros: number;
  readonly online: boolean;
}

export function fetchOutlook(token: string, language: string, fetchImpl?: Fetch): Promise<SeekerOutlook> {
  return apiRequest('/api/me/outlook', (json) => json as SeekerOutlook, { accessToken: token, headers: { 'Accept-Language': language } }, fetchImpl);
}
