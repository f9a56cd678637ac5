import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/fakeAuth';
import type { Schema } from '../api/client';
import { toComparison } from './compareApi';
import { CompareResults, shortestRoute } from './CompareResults';

const skill = (name: string) => ({ uri: `http://data.europa.eu/esco/skill/${name}`, label: name, labelLanguage: 'nl', derived: false });
const route = (id: string, weeks: number) => ({
  id, title: `Route ${id} (demo)`, provider: 'ROC', kind: 'TRAINING', durationWeeks: weeks, costEuros: 0, online: false, regions: ['AM18'],
  startDates: [], synthetic: true, teaches: [], closes: [skill('injecties geven')], gapClosed: 0.5, jobsUnlocked: 0,
});
const occupation = (name: string, weeks: number[], missing: string[]): Schema<'ComparedOccupation'> => ({
  uri: `http://data.europa.eu/esco/occupation/${name}`, label: name, labelLanguage: 'nl', derived: false,
  fit: { percent: 40, essentialsFull: 2, essentialsPartial: 1, essentials: 6 },
  have: [{ skill: skill('actief luisteren'), essential: true, points: 0.1 }],
  partial: [{ skill: skill('wondverzorging'), essential: true, standIn: skill('eerste hulp'), relation: 'BROADER', reason: 'verwant', credit: 0.5, points: 0.05 }],
  missing: missing.map((m) => ({ skill: skill(m), essential: true })),
  optionalMissing: 7,
  routes: { routes: weeks.map((w, i) => route(`${name}-${i}`, w)), gaps: [], closedShare: 0.75, jobsBefore: 0, jobsAfter: 0, method: 'greedy' },
  routeWeeks: weeks.reduce((a, b) => a + b, 0),
  openVacancies: 1234,
});

const answer = {
  region: 'AM18',
  regionName: 'Groot Amsterdam',
  occupations: [occupation('verpleegkundige', [40, 20], ['injecties geven']), occupation('doktersassistent', [12], ['bloed afnemen']), occupation('apothekersassistent', [], [])],
};

describe('compare results', () => {
  it('show one summary row and one section with headed lists per occupation, and name the shortest routes', () => {
    renderWithProviders(<CompareResults comparison={toComparison(answer)} />);
    const table = screen.getByRole('table', { name: /open vacatures in Groot Amsterdam/ });
    const nurse = within(table).getByRole('row', { name: /^verpleegkundige/ });
    expect(nurse).toHaveTextContent('40% (2 van 6 essentiële vaardigheden, 1 deels)');
    expect(nurse).toHaveTextContent('2 samen 60 weken, dicht 75% van het gat');
    expect(nurse).toHaveTextContent('1.234');
    expect(within(table).getByRole('row', { name: /^doktersassistent/ })).toHaveTextContent('(kortste)');
    expect(within(table).getByRole('row', { name: /^apothekersassistent/ })).toHaveTextContent('geen gevonden');

    const section = screen.getByRole('region', { name: 'verpleegkundige' });
    expect(within(section).getByRole('heading', { level: 4, name: 'Wat je al hebt (1)' })).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Telt deels mee (1)' })).toHaveTextContent('wondverzorging telt deels mee via eerste hulp');
    expect(within(section).getByRole('list', { name: 'Wat je mist, essentieel (1)' })).toHaveTextContent('injecties geven');
    expect(within(section).getByText('Daarnaast mis je 7 optionele vaardigheden.')).toBeInTheDocument();
    expect(within(section).getByRole('list', { name: 'Leerroutes die het gat dichten' }).children).toHaveLength(2);
  });

  it('names no shortest route when no occupation needs one', () => {
    const none = toComparison({ ...answer, occupations: [occupation('a', [], []), occupation('b', [], [])] });
    expect(shortestRoute(none.occupations)).toBeNull();
  });

  it('reads the labels\' language as "nl" or "en"', () => {
    const english = toComparison({ ...answer, occupations: [{ ...occupation('nurse', [], []), labelLanguage: 'en' }, { ...occupation('x', [], []), labelLanguage: 'fr' }] });
    expect(english.occupations.map((o) => o.labelLanguage)).toEqual(['en', 'nl']);
  });
});
