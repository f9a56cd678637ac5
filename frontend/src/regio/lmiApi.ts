import { apiRequest } from '../api/http';
import { ApiError, networkProblem, problemFromResponse } from '../api/problem';
import type { LabelInfo } from '../taxonomy/labels';

// Types of the labour-market API (/api/lmi, web-api nl.vaardig.web.lmi.LmiViews).

/** A count of people: a value, or suppressed because it rests on fewer than 10 people. */
export interface Count {
  readonly value: number | null;
  readonly suppressed: boolean;
}

export type TensionClass = 'RUIM' | 'GEMIDDELD' | 'KRAP' | 'ZEER_KRAP';
export type Dimension = 'ALL' | 'SKILL' | 'SKILL_GROUP' | 'OCCUPATION' | 'ISCO';
export type PeriodKind = 'WEEK' | 'MONTH' | 'QUARTER';
export type Criterion = 'SIZE' | 'SUPPLY' | 'PROFILE';

export interface Meta {
  readonly regions: readonly { code: string; name: string }[];
  readonly quarters: readonly string[];
  readonly months: readonly string[];
  readonly weeks: readonly string[];
  readonly defaultPeriod: string;
  readonly synthetic: boolean;
  readonly dataset: string;
  readonly tensionClasses: readonly { tensionClass: TensionClass; from: number; below: number | null }[];
  readonly threshold: number;
  readonly attribution: readonly string[];
}

export interface MapArea {
  readonly code: string;
  readonly name: string;
  readonly demand: number;
  readonly supply: Count;
  readonly tension: number | null;
  readonly tensionClass: TensionClass | null;
}

/** Labels of skills, occupations and groups carry their language and source ({@link LabelInfo}). */
export interface MapView extends LabelInfo {
  readonly period: string;
  readonly dimension: Dimension;
  readonly key: string;
  readonly regions: readonly MapArea[];
  readonly national: MapArea;
}

export interface SkillRow extends LabelInfo {
  readonly key: string;
  readonly demand: number;
  readonly essential: number;
  readonly optional: number;
  readonly demandPrevious: number;
  readonly change: number | null;
  readonly supply: Count;
  readonly wantsToLearn: Count;
  readonly tension: number | null;
  readonly tensionClass: TensionClass | null;
}

export interface SkillTable {
  readonly region: string;
  readonly period: string;
  readonly previousPeriod: string;
  readonly dimension: Dimension;
  readonly rows: readonly SkillRow[];
}

export interface Bubbles {
  readonly region: string;
  readonly kind: PeriodKind;
  readonly periods: readonly string[];
  readonly skills: readonly ({ key: string } & LabelInfo)[];
  readonly points: readonly { period: string; key: string; demand: number; supply: Count; newVacancies: number }[];
}

export interface Sentence {
  readonly text: string;
  readonly figures: readonly string[];
}

export interface Group {
  readonly members: readonly string[];
  readonly demand: number;
  readonly demandChange: number | null;
  readonly supply: number;
  readonly suppressedMembers: number;
  readonly tension: number | null;
}

export interface Summary {
  readonly region: string;
  readonly name: string;
  readonly period: string;
  readonly previousPeriod: string;
  readonly demand: number;
  readonly demandPrevious: number;
  readonly demandChange: number | null;
  readonly newVacancies: number;
  readonly supply: Count;
  readonly nationalDemand: number;
  readonly nationalChange: number | null;
  readonly nationalSupply: Count;
  readonly similar: Group;
  readonly flows: Readonly<Record<string, Count>>;
  readonly narrative: {
    readonly nl: readonly Sentence[];
    readonly en: readonly Sentence[];
    readonly figuresNl: Readonly<Record<string, string>>;
    readonly figuresEn: Readonly<Record<string, string>>;
  };
  readonly synthetic: boolean;
}

export interface Similar {
  readonly region: string;
  readonly period: string;
  readonly criteria: Readonly<Partial<Record<Criterion, number>>>;
  readonly size: number;
  readonly supply: number | null;
  readonly candidates: readonly {
    code: string;
    name: string;
    size: number;
    supply: number | null;
    deviation: Readonly<Partial<Record<Criterion, number | null>>>;
    selected: boolean;
  }[];
  readonly group: Group;
  readonly nationalDemand: number;
  readonly nationalSupply: Count;
}

/** Narrows a table: occupations of an ISCO major group, or the skills of one ESCO occupation. */
export interface SkillFilter {
  readonly sector?: string;
  readonly occupation?: string;
}

function asObject<T>(json: unknown): T {
  if (json === null || typeof json !== 'object') {
    throw new Error('expected a JSON object');
  }
  return json as T;
}

export interface LmiApi {
  meta(signal?: AbortSignal): Promise<Meta>;
  map(period: string, dimension: Dimension, key: string, signal?: AbortSignal): Promise<MapView>;
  summary(region: string, period: string, signal?: AbortSignal): Promise<Summary>;
  skills(region: string, period: string, dimension: Dimension, filter?: SkillFilter, signal?: AbortSignal): Promise<SkillTable>;
  bubbles(region: string, kind: PeriodKind, signal?: AbortSignal): Promise<Bubbles>;
  similar(region: string, period: string, criteria: Partial<Record<Criterion, number>>, signal?: AbortSignal): Promise<Similar>;
  regionsMap(signal?: AbortSignal): Promise<unknown>;
  download(path: string): Promise<Blob>;
}

/** The API as the signed-in user calls it; `language` goes as Accept-Language for labels and texts. */
export function lmiApi(accessToken: string, language: string): LmiApi {
  const get = <T>(path: string, signal?: AbortSignal) =>
    apiRequest<T>(path, asObject<T>, { accessToken, signal }, (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'Accept-Language': language } }),
    );
  const q = encodeURIComponent;
  return {
    meta: (signal) => get('/api/lmi/meta', signal),
    map: (period, dimension, key, signal) =>
      get(`/api/lmi/map?period=${q(period)}&dimension=${dimension}&key=${q(key)}`, signal),
    summary: (region, period, signal) => get(`/api/lmi/regions/${region}/summary?period=${q(period)}`, signal),
    skills: (region, period, dimension, filter = {}, signal) =>
      get(
        `/api/lmi/regions/${region}/skills?period=${q(period)}&dimension=${dimension}&limit=40` +
          (filter.sector ? `&sector=${q(filter.sector)}` : '') +
          (filter.occupation ? `&occupation=${q(filter.occupation)}` : ''),
        signal,
      ),
    bubbles: (region, kind, signal) => get(`/api/lmi/regions/${region}/bubbles?kind=${kind}&limit=8`, signal),
    similar: (region, period, criteria, signal) => {
      const params = Object.entries(criteria)
        .map(([criterion, deviation]) => `&${criterion.toLowerCase()}=${deviation}`)
        .join('');
      return get(`/api/lmi/regions/${region}/similar?period=${q(period)}${params}`, signal);
    },
    regionsMap: (signal) => apiRequest('/api/public/lmi/regions.geojson', asObject<unknown>, { signal }),
    download: async (path) => {
      let response: Response;
      try {
        response = await fetch(path, { headers: { Authorization: `Bearer ${accessToken}`, 'Accept-Language': language } });
      } catch (error) {
        throw new ApiError('network', networkProblem(), { cause: error });
      }
      if (!response.ok) {
        throw new ApiError(
          'http',
          problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), await response.text()),
        );
      }
      return response.blob();
    },
  };
}

/** Saves a blob under a file name through a temporary link (no inline script or style needed). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A data: URL (a chart's PNG) as a Blob, without fetch (CSP connect-src does not allow data:). */
export function dataUrlToBlob(dataUrl: string): Blob {
  const [header, data] = dataUrl.split(',', 2);
  const type = /data:([^;]+)/.exec(header ?? '')?.[1] ?? 'application/octet-stream';
  const binary = atob(data ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
