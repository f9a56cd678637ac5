import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/fakeAuth';
import { ForecastPanel } from './ForecastPanel';
import type { DemandOutlook, ForecastLoader } from './forecastApi';

const outlook: DemandOutlook = {
  region: 'AM18',
  dimension: 'SKILL',
  key: 'http://data.europa.eu/esco/skill/a',
  label: 'programmeren',
  labelLanguage: 'nl',
  history: [
    { quarter: '2025-Q3', vacancies: 100 },
    { quarter: '2025-Q4', vacancies: 118 },
  ],
  trend: { kind: 'GROWING', percent: 18, from: '2025-Q1', to: '2025-Q4', current: 118, yearBefore: 100, reason: null },
  forecast: {
    method: 'ETS(A,Ad,A)',
    points: [{ quarter: '2026-Q1', horizon: 1, prognosis: 120, lower80: 110, upper80: 130, lower95: 104, upper95: 136 }],
    reason: null,
  },
  synthetic: true,
};

const loader = (answer: DemandOutlook): ForecastLoader => () => Promise.resolve(answer);
const picked = { dimension: 'SKILL' as const, key: outlook.key, label: 'programmeren' };

describe('ForecastPanel', () => {
  it('shows the trend with its figure, the chart labelled prognose and the same figures in a table', async () => {
    renderWithProviders(<ForecastPanel load={loader(outlook)} region="AM18" regionName="Groot Amsterdam" picked={picked} />);

    expect(await screen.findByText(/Groeiend: \+18% in een jaar/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /vraag naar programmeren per kwartaal en de prognose/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Vraag per kwartaal en prognose (tabel)' });
    const row = within(table).getByRole('row', { name: /1e kwartaal 2026/ });
    expect(within(row).getByText('prognose')).toBeInTheDocument();
    expect(within(row).getByText('110–130')).toBeInTheDocument();
    expect(within(row).getByText('104–136')).toBeInTheDocument();
    expect(screen.getByText(/SYNTHETISCHE demonstratiegegevens/)).toBeInTheDocument();
  });

  it('says there is not enough data and draws no chart when the series is too short', async () => {
    const short: DemandOutlook = {
      ...outlook,
      trend: { kind: 'NOT_ENOUGH_DATA', percent: null, from: null, to: null, current: null, yearBefore: null, reason: 'NOT_ENOUGH_HISTORY' },
      forecast: { method: null, points: [], reason: 'NOT_ENOUGH_HISTORY' },
    };
    renderWithProviders(<ForecastPanel load={loader(short)} region="AM18" regionName="Groot Amsterdam" picked={picked} />);

    expect(await screen.findByText(/Niet genoeg gegevens voor een trend/)).toBeInTheDocument();
    expect(screen.getByText(/Geen prognose/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('asks to pick a skill or occupation first', () => {
    renderWithProviders(<ForecastPanel load={loader(outlook)} region="AM18" regionName="Groot Amsterdam" picked={null} />);

    expect(screen.getByText(/Kies een vaardigheid of beroep/)).toBeInTheDocument();
  });
});
