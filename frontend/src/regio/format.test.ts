import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDecimal, formatNumber } from './format';

describe('labour-market figures', () => {
  it('aSuppressedCountShowsAsXAndNeverAsANumber', () => {
    expect(formatCount({ value: null, suppressed: true }, 'nl')).toBe('x');
    expect(formatCount({ value: 1234, suppressed: false }, 'nl')).toBe('1.234');
    expect(formatCount({ value: 1234, suppressed: false }, 'en')).toBe('1,234');
  });

  it('changesAreWholePercentsWithTheirSignAsInTheNarrative', () => {
    expect(formatChange(18.04, 'nl')).toBe('+18%');
    expect(formatChange(-4.6, 'en')).toBe('-5%');
    expect(formatChange(null, 'nl')).toBe('–');
    expect(formatDecimal(1.6, 'nl')).toBe('1,60');
    expect(formatNumber(0, 'en')).toBe('0');
  });
});
