import { apiRequest } from '../api/http';
import type { Dimension } from './lmiApi';

/**
 * GET /api/lmi/regions/{region}/forecast (issue 19): quarters, trend class, prognosis with 80 % / 95 % bands; `method`
 * is the model chosen (null when there is no prognosis).
 */
export interface DemandOutlook {
  readonly region: string;
  readonly dimension: Dimension;
  readonly key: string;
  readonly label: string;
  readonly labelLanguage: string;
  readonly history: readonly { readonly quarter: string; readonly vacancies: number }[];
  readonly trend: {
    readonly kind: 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';
    readonly percent: number | null;
    readonly from: string | null;
    readonly to: string | null;
  };
  readonly forecast: { readonly method: string | null; readonly points: readonly ForecastPoint[]; readonly reason: string | null };
  readonly synthetic: boolean;
}

export interface ForecastPoint {
  readonly quarter: string;
  readonly horizon: number;
  readonly prognosis: number;
  readonly lower80: number;
  readonly upper80: number;
  readonly lower95: number;
  readonly upper95: number;
}

export type ForecastLoader = (region: string, dimension: 'SKILL' | 'OCCUPATION', key: string, signal?: AbortSignal) => Promise<DemandOutlook>;

export function forecastLoader(accessToken: string, language: string): ForecastLoader {
  return (region, dimension, key, signal) =>
    apiRequest<DemandOutlook>(
      `/api/lmi/regions/${region}/forecast?dimension=${dimension}&key=${encodeURIComponent(key)}&horizon=8`,
      (json) => json as DemandOutlook,
      { accessToken, signal },
      (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Accept-Language': language } }),
    );
}
