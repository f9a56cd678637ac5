import type { Language } from './dictionary';

/**
 * The one clock and the one number style of the app. Every time is shown in Dutch time (Europe/Amsterdam),
 * whatever the browser's own zone: a coach abroad and a seeker at home must read the same event at the same
 * hour. Numbers and periods follow the page language ("0,4 kB", "3e kwartaal 2026" in Dutch; "0.4 kB",
 * "3rd quarter 2026" in English).
 */
export const timeZone = 'Europe/Amsterdam';

export function localeOf(language: Language | string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}

function asDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** "6 dec 2026, 01:40" — a moment, to the minute. */
export function formatDateTime(value: string | Date, language: Language | string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(asDate(value));
}

/** "6-12-2026" — the day a moment falls on in the Netherlands. */
export function formatDate(value: string | Date, language: Language | string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeZone }).format(asDate(value));
}

/** "01:40:05" — a time of day with seconds (status pages that refresh). */
export function formatTimeOfDay(value: string | Date, language: Language | string): string {
  return new Intl.DateTimeFormat(localeOf(language), { timeStyle: 'medium', timeZone }).format(asDate(value));
}

/** A plain number with the language's separators ("1.234,5" in Dutch). */
export function formatNumber(value: number, language: Language | string, fractionDigits?: number): string {
  const digits = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(localeOf(language), digits).format(value);
}

/** Bytes as kilobytes (1 kB = 1000 bytes, as the server counts) with one decimal: "0,4". */
export function formatKilobytes(bytes: number, language: Language | string): string {
  return formatNumber(bytes / 1000, language, 1);
}

const englishOrdinals = ['1st', '2nd', '3rd', '4th'];

/**
 * A period key of the labour-market figures in words: "2026-Q3" → "3e kwartaal 2026", "2026-09" →
 * "september 2026", "2026-W38" → "week 38, 2026". A key of another shape is returned as given.
 */
export function formatPeriod(key: string, language: Language | string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const n = Number(quarter[2]);
    return language === 'en' ? `${englishOrdinals[n - 1]} quarter ${quarter[1]}` : `${n}e kwartaal ${quarter[1]}`;
  }
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) {
    // the 15th at noon UTC is the same month in every time zone
    const middle = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15, 12));
    return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone }).format(middle);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(key);
  if (week) {
    return `week ${Number(week[2])}, ${week[1]}`;
  }
  return key;
}
