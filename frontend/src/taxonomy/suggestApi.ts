import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { readLabel, type LabelInfo } from './labels';

export type SuggestionKind = 'skill' | 'occupation';

/** One typeahead answer (contract 1): an ESCO concept with its label, the label's language and source. */
export interface Suggestion extends LabelInfo {
  readonly uri: string;
  readonly kind: SuggestionKind;
  /** The other label the text matched (an alternative or the other language), or null. */
  readonly matchedLabel: string | null;
}

export function parseSuggestions(json: unknown): Suggestion[] {
  if (!isRecord(json) || !Array.isArray(json.items)) {
    throw new Error('A suggestion list has "items".');
  }
  return json.items.map((item): Suggestion => {
    if (!isRecord(item) || typeof item.uri !== 'string' || typeof item.label !== 'string') {
      throw new Error('A suggestion has a uri and a label.');
    }
    return {
      uri: item.uri,
      kind: item.kind === 'occupation' ? 'occupation' : 'skill',
      ...readLabel(item),
      matchedLabel: typeof item.matchedLabel === 'string' ? item.matchedLabel : null,
    };
  });
}

export function fetchSuggestions(
  text: string,
  kind: SuggestionKind | 'all',
  lang: 'nl' | 'en',
  signal?: AbortSignal,
  fetchImpl?: Fetch,
): Promise<Suggestion[]> {
  const query = new URLSearchParams({ q: text, kind, limit: '10', lang });
  return apiRequest(`/api/public/taxonomy/suggest?${query.toString()}`, parseSuggestions, { signal }, fetchImpl);
}
