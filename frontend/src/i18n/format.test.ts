import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatKilobytes, formatNumber, formatPeriod, formatTimeOfDay } from './format';

// 23:40 UTC on 5 December is 00:40 on 6 December in Amsterdam (winter time, UTC+1)
const lateEvening = '2026-12-05T23:40:00Z';

describe('the one clock', () => {
  it('showsEveryMomentInAmsterdamTimeWhateverTheBrowserZone', () => {
    expect(formatDateTime(lateEvening, 'nl')).toBe('6 dec 2026, 00:40');
    expect(formatDateTime(lateEvening, 'en')).toBe('6 Dec 2026, 00:40');
    expect(formatTimeOfDay('2026-07-01T10:00:05Z', 'nl')).toBe('12:00:05');
  });

  it('givesTheDayTheMomentFallsOnInTheNetherlands', () => {
    expect(formatDate(lateEvening, 'nl')).toBe('6-12-2026');
    expect(formatDate(lateEvening, 'en')).toBe('06/12/2026');
  });
});

describe('Dutch number and period formats', () => {
  it('writesDecimalsWithACommaInDutchAndAPointInEnglish', () => {
    expect(formatKilobytes(400, 'nl')).toBe('0,4');
    expect(formatKilobytes(50_000, 'nl')).toBe('50,0');
    expect(formatKilobytes(400, 'en')).toBe('0.4');
    expect(formatNumber(1234.5, 'nl', 1)).toBe('1.234,5');
  });

  it('namesPeriodsInWordsInsteadOfCodes', () => {
    expect(formatPeriod('2026-Q3', 'nl')).toBe('3e kwartaal 2026');
    expect(formatPeriod('2026-Q3', 'en')).toBe('3rd quarter 2026');
    expect(formatPeriod('2026-09', 'nl')).toBe('september 2026');
    expect(formatPeriod('2026-09', 'en')).toBe('September 2026');
    expect(formatPeriod('2026-W38', 'nl')).toBe('week 38, 2026');
    expect(formatPeriod('2026-W07', 'en')).toBe('week 7, 2026');
  });

  it('leavesAKeyOfAnotherShapeAsItIs', () => {
    expect(formatPeriod('2026-Q5', 'nl')).toBe('2026-Q5');
    expect(formatPeriod('2026-13', 'nl')).toBe('2026-13');
  });
});
