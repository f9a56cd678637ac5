import type { Count, TensionClass } from './lmiApi';

/** The mark for a suppressed figure, in tables, exports and on the map. */
export const suppressedMark = 'x';

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL').format(value);
}

export function formatDecimal(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A change in percent, with its sign ("+18%"); rounded to whole percents like the narrative. */
export function formatChange(value: number | null, language: string): string {
  if (value === null) return '–';
  const rounded = Math.round(value);
  return `${rounded >= 0 ? '+' : ''}${formatNumber(rounded, language)}%`;
}

export function formatCount(count: Count, language: string): string {
  return count.suppressed || count.value === null ? suppressedMark : formatNumber(count.value, language);
}

export const tensionClassKeys = {
  RUIM: 'lmi.tension.RUIM',
  GEMIDDELD: 'lmi.tension.GEMIDDELD',
  KRAP: 'lmi.tension.KRAP',
  ZEER_KRAP: 'lmi.tension.ZEER_KRAP',
} as const satisfies Record<TensionClass, string>;

/** Colours per tension class (colour-blind safe sequence, each with 3:1 contrast against white). */
export const tensionColours: Readonly<Record<TensionClass, string>> = {
  RUIM: '#2b7bba',
  GEMIDDELD: '#5e8c31',
  KRAP: '#b8610b',
  ZEER_KRAP: '#a4001d',
};
