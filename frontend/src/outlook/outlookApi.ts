import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';

export type OutlookGroup = Schema<'Item'>['group'];

export type Trend = 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';
const trends: readonly Trend[] = ['GROWING', 'STABLE', 'SHRINKING', 'NOT_ENOUGH_DATA'];

/** Expected vacancies in the next 4 quarters against the last 4 finished ones, with the 80 % interval. */
export type YearPrognosis = Schema<'YearPrognosis'>;

/**
 * One of the seeker's skills by the demand trend in their region; `percent` null without a trend, `prognosis` null:
 * "geen prognose" (too short or too small a series).
 */
export type OutlookItem = Omit<Nullable<Schema<'Item'>, 'percent' | 'prognosis'>, 'trend' | 'from' | 'to'> & { readonly trend: Trend };

export type OutlookRoute = Schema<'SeekerOutlookViewRoute'>;

/** GET /api/me/outlook (issue 19): the seeker's own skills by demand trend in their region, advice, routes. */
export type SeekerOutlook = Omit<Schema<'SeekerOutlookView'>, 'items' | 'message'> & {
  readonly items: readonly OutlookItem[];
  readonly message: 'NO_ANSWERS' | 'NOT_ENOUGH_DATA' | null;
};

/** The server writes trend and message as strings; the page knows these values (an unknown trend shows as no data). */
export function toOutlook(view: Schema<'SeekerOutlookView'>): SeekerOutlook {
  const message = (view as Partial<Schema<'SeekerOutlookView'>>).message;
  return {
    ...view,
    items: view.items.map((item) => ({ ...item, trend: trends.find((trend) => trend === item.trend) ?? 'NOT_ENOUGH_DATA' })),
    message: message === 'NO_ANSWERS' || message === 'NOT_ENOUGH_DATA' ? message : null,
  };
}

export async function fetchOutlook(token: string, language: string, fetchImpl?: Fetch): Promise<SeekerOutlook> {
  return toOutlook(await answer(api({ accessToken: token, headers: { 'Accept-Language': language } }, fetchImpl).GET('/api/me/outlook')));
}
