import { answer, api, type Nullable, type Schema } from '../api/client';

type Trend = Nullable<Schema<'Trend'>, 'percent' | 'from' | 'to' | 'current' | 'yearBefore' | 'reason'> & {
  readonly kind: 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';
};

/**
 * GET /api/lmi/regions/{region}/forecast (issue 19): quarters, trend class, prognosis with 80 % / 95 % bands; `method`
 * is the model chosen (null when there is no prognosis).
 */
export type DemandOutlook = Omit<Schema<'DemandOutlookView'>, 'trend' | 'forecast'> & {
  readonly trend: Trend;
  readonly forecast: Nullable<Schema<'Forecast'>, 'method' | 'reason'>;
};

export type ForecastLoader = (region: string, dimension: 'SKILL' | 'OCCUPATION', key: string, signal?: AbortSignal) => Promise<DemandOutlook>;

export function forecastLoader(accessToken: string, language: string): ForecastLoader {
  return async (region, dimension, key, signal) => {
    const outlook = await answer(api({ accessToken, signal, headers: { 'Accept-Language': language } })
      .GET('/api/lmi/regions/{region}/forecast', { params: { path: { region }, query: { dimension, key, horizon: 8 } } }));
    // the server's trend class is one of these four (LmiForecast.TrendKind), written as a string
    return { ...outlook, trend: { ...outlook.trend, kind: outlook.trend.kind as Trend['kind'] } };
  };
}
