import { describe, expect, it } from 'vitest';
import type { Schema } from '../api/client';
import { toOutlook } from './outlookApi';

const item = (trend: string): Schema<'Item'> => ({
  uri: 'u:python', label: 'Python', group: 'LEARN_GROWING', trend, percent: 18, from: '2025-Q1', to: '2026-Q1',
  doesIt: false, canDoIt: false, wantsToLearn: true, givesEnergy: false, prognosis: null as unknown as Schema<'YearPrognosis'>,
});
const view = (message: string | null, trend: string): Schema<'SeekerOutlookView'> => ({
  region: 'AM18', regionName: 'Groot Amsterdam', items: [item(trend)], advice: [], routes: [], message: message as string, synthetic: true,
});

describe('toOutlook', () => {
  it('keeps the trends and the message the page knows', () => {
    const outlook = toOutlook(view('NO_ANSWERS', 'SHRINKING'));
    expect(outlook.items[0]?.trend).toBe('SHRINKING');
    expect(outlook.message).toBe('NO_ANSWERS');
  });

  it('reads an unknown trend as no data and an absent message as null', () => {
    const outlook = toOutlook(view(null, 'EXPLODING'));
    expect(outlook.items[0]?.trend).toBe('NOT_ENOUGH_DATA');
    expect(outlook.message).toBeNull();
  });
});
