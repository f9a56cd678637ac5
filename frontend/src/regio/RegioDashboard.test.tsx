import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import type { LmiApi, Meta, SkillTable, Summary } from './lmiApi';
import RegioDashboard from './RegioDashboard';

const never = <T,>() => new Promise<T>(() => {});

const meta: Meta = {
  regions: [
    { code: 'AM18', name: 'Groot Amsterdam' },
    { code: 'AM35', name: 'Gorinchem' },
  ],
  quarters: ['2025-Q1', '2025-Q2'],
  months: ['2025-06'],
  weeks: [],
  defaultPeriod: '2025-Q2',
  synthetic: true,
  dataset: 'SYNTHETIC history',
  tensionClasses: [
    { tensionClass: 'RUIM', from: 0, below: 0.67 },
    { tensionClass: 'ZEER_KRAP', from: 1.5, below: null },
  ],
  threshold: 10,
  attribution: ['Bron: CBS, PDOK'],
};

const skills: SkillTable = {
  region: 'AM18',
  period: '2025-Q2',
  previousPeriod: '2025-Q1',
  dimension: 'SKILL',
  rows: [
    {
      key: 'http://data.europa.eu/esco/skill/a',
      label: 'Python programmeren',
      labelLanguage: 'nl',
      derived: true,
      demand: 80,
      essential: 70,
      optional: 10,
      demandPrevious: 50,
      change: 60,
      supply: { value: 40, suppressed: false },
      wantsToLearn: { value: null, suppressed: true },
      tension: 2,
      tensionClass: 'ZEER_KRAP',
    },
    {
      key: 'http://data.europa.eu/esco/skill/b',
      label: 'wondverzorging',
      labelLanguage: 'nl',
      derived: false,
      demand: 12,
      essential: 12,
      optional: 0,
      demandPrevious: 10,
      change: 20,
      supply: { value: null, suppressed: true },
      wantsToLearn: { value: null, suppressed: true },
      tension: null,
      tensionClass: null,
    },
  ],
};

const summary: Summary = {
  region: 'AM18',
  name: 'Groot Amsterdam',
  period: '2025-Q2',
  previousPeriod: '2025-Q1',
  demand: 1234,
  demandPrevious: 1000,
  demandChange: 23.4,
  newVacancies: 400,
  supply: { value: 900, suppressed: false },
  nationalDemand: 20000,
  nationalChange: 5,
  nationalSupply: { value: 9000, suppressed: false },
  similar: { members: ['AM13'], demand: 900, demandChange: 10, supply: 500, suppressedMembers: 0, tension: 1.8 },
  flows: { PLACEMENTS: { value: null, suppressed: true } },
  narrative: {
    nl: [{ text: 'In Groot Amsterdam stonden in het 2e kwartaal 2025 1.234 vacatures open, +23% meer dan in het 1e kwartaal 2025.', figures: ['demand', 'demandChange'] }],
    en: [{ text: 'In Groot Amsterdam, 1,234 vacancies were open in the 2nd quarter 2025.', figures: ['demand'] }],
    figuresNl: { demand: '1.234', demandChange: '+23%' },
    figuresEn: { demand: '1,234' },
  },
  synthetic: true,
};

function fakeApi(): LmiApi {
  return {
    meta: () => Promise.resolve(meta),
    map: () => never(),
    summary: () => Promise.resolve(summary),
    skills: (_r, _p, dimension) => (dimension === 'SKILL' ? Promise.resolve(skills) : never()),
    bubbles: () => never(),
    similar: () => never(),
    regionsMap: () => never(),
    download: () => never(),
  };
}

describe('RegioDashboard', () => {
  it('showsTheNarrativeTheSyntheticLabelAndMarksSuppressedFigures', async () => {
    renderWithProviders(<RegioDashboard session={sessionFor(['REGIO_STAFF'])} api={fakeApi()} />);
    expect(await screen.findByText(/In Groot Amsterdam stonden in het 2e kwartaal 2025 1\.234 vacatures open/)).toBeInTheDocument();
    expect(screen.getByText(/SYNTHETISCHE demonstratiecijfers/)).toBeInTheDocument();
    // periods in words, not codes
    expect(screen.getByRole('heading', { name: 'Groot Amsterdam, 2e kwartaal 2025' })).toBeInTheDocument();
    expect(screen.getByText('Verandering t.o.v. 1e kwartaal 2025')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'juni 2025' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Vraag, aanbod en spanning per vaardigheid/ });
    const row = within(table).getByRole('row', { name: /Python programmeren/ });
    const suppressedRow = within(table).getByRole('row', { name: /wondverzorging/ });
    expect(within(suppressedRow).getByTitle(/onderdrukt/)).toHaveTextContent('x');
    // "wil het leren" is suppressed in every row: no column of marks, but a sentence that says why (issue 18)
    expect(within(table).queryByRole('columnheader', { name: 'Wil het leren' })).not.toBeInTheDocument();
    expect(screen.getAllByText(/De kolom "Wil het leren" ontbreekt: voor elke rij zijn het minder dan 10 mensen/).length)
      .toBeGreaterThan(0);
    expect(within(row).getByText('2,00 (zeer krap)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Spanning: wat betekent het?' })).toBeInTheDocument();
    const rising = screen.getByRole('heading', { name: 'Top 5 sterkst stijgende vaardigheden' }).nextElementSibling as HTMLElement;
    expect(rising).toHaveTextContent('Python programmeren afgeleid – bron: afgeleid');
    expect(rising).toHaveTextContent(': +60% (80 vacatures)');
    // the derived label is marked in the table and named so in the map's skill choice, which holds plain text only
    expect(within(row).getByTitle(/^bron: afgeleid/)).toHaveTextContent(/^afgeleid/);
    expect(screen.getByRole('option', { name: 'Python programmeren (afgeleid)' })).toBeInTheDocument();
  });
});
