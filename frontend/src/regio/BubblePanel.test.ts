import { describe, expect, it } from 'vitest';
import { namedBubbles } from './BubblePanel';

describe('namedBubbles', () => {
  it('names the bubbles with the most new vacancies, then the most demand, then by key', () => {
    const points = [
      { key: 'c', demand: 5, newVacancies: 1 },
      { key: 'a', demand: 9, newVacancies: 4 },
      { key: 'b', demand: 2, newVacancies: 4 },
      { key: 'd', demand: 9, newVacancies: 4 },
    ];
    expect(namedBubbles(points, 3)).toEqual(['a', 'd', 'b']);
    expect(namedBubbles(points, 10)).toHaveLength(4);
  });
});
