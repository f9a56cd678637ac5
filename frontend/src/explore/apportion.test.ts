import { describe, expect, it } from 'vitest';
import { apportion, formatPoints } from './apportion';

describe('apportion', () => {
  it('roundsPartsSoThatTheyAddUpToTheRoundedTotal', () => {
    // 33.35 + 33.35 + 33.3 = 100.0; plain rounding would show 33.4 + 33.4 + 33.3 = 100.1
    const parts = apportion([33.35, 33.35, 33.3], 1);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(100.0, 10);
    expect(parts).toEqual([33.4, 33.3, 33.3]);
  });

  it('addsUpForManyRandomScores', () => {
    for (let i = 0; i < 500; i++) {
      const coverage = Math.random() * 50;
      const relevance = Math.random() * 50;
      const [a = 0, b = 0] = apportion([coverage, relevance], 1);
      expect(Math.round((a + b) * 10)).toBe(Math.round((coverage + relevance) * 10));
    }
  });

  it('formatsPointsInTheLanguageOfThePage', () => {
    expect(formatPoints(61.7, 'nl')).toBe('61,7');
    expect(formatPoints(61.7, 'en')).toBe('61.7');
  });
});
