import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo } from './labels';

export type SuggestionKind = 'skill' | 'occupation';

/**
 * One typeahead answer (contract 1): an ESCO concept with its label, the label's language and source; `matchedLabel`
 * is the other label the text matched (an alternative or the other language), or null.
 */
export type Suggestion = Omit<Nullable<Schema<'SuggestionView'>, 'matchedLabel'>, 'kind' | keyof LabelInfo> & LabelInfo & {
  readonly kind: SuggestionKind;
};

/** The server's suggestion with its kind and label language as the typeahead tells them apart. */
export function toSuggestion(view: Schema<'SuggestionView'>): Suggestion {
  return {
    ...view,
    kind: view.kind === 'occupation' ? 'occupation' : 'skill',
    labelLanguage: labelLanguage(view.labelLanguage),
  };
}

export async function fetchSuggestions(
  text: string,
  kind: SuggestionKind | 'all',
  lang: 'nl' | 'en',
  signal?: AbortSignal,
  fetchImpl?: Fetch,
): Promise<Suggestion[]> {
  const { items } = await answer(api({ signal }, fetchImpl)
    .GET('/api/public/taxonomy/suggest', { params: { query: { q: text, kind, limit: '10', lang } } }));
  return items.map(toSuggestion);
}
