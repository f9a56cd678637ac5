import { isRecord } from '../api/problem';

export type LabelLanguage = 'nl' | 'en';

/**
 * A skill or occupation label as every payload carries it: the text, its language ("en" when no Dutch label exists)
 * and whether it is a derived Dutch label ("bron: afgeleid"), which must be marked wherever it is shown.
 */
export interface LabelInfo {
  readonly label: string;
  readonly labelLanguage: LabelLanguage;
  readonly derived: boolean;
}

export function labelLanguage(value: unknown): LabelLanguage {
  return value === 'en' ? 'en' : 'nl';
}

/** The label fields of a payload record; {@code fallback} is the text when the record has none (e.g. the URI). */
export function readLabel(value: unknown, fallback = ''): LabelInfo {
  const r = isRecord(value) ? value : {};
  return {
    label: typeof r.label === 'string' ? r.label : fallback,
    labelLanguage: labelLanguage(r.labelLanguage),
    derived: r.derived === true,
  };
}
