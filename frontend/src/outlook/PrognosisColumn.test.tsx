import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { OutlookPage } from './OutlookPage';
import type { SeekerOutlook } from './outlookApi';

const seeker = sessionFor(['JOB_SEEKER']);

const answer = (body: unknown): typeof fetch =>
  (() => Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }))) as typeof fetch;

const outlook: SeekerOutlook = {
  region: 'AM18',
  regionName: 'Groot Amsterdam',
  items: [
    {
      uri: 'u:python', label: 'Python', group: 'LEARN_GROWING', trend: 'GROWING', percent: 18, doesIt: false, canDoIt: false, wantsToLearn: true, givesEnergy: false,
      prognosis: { from: '2027-Q1', to: '2027-Q4', lastYear: 412, expected: 461, lower80: 400, upper80: 523, percent: 12, percentLower80: -3, percentUpper80: 27 },
    },
    { uri: 'u:glas', label: 'glasblazen', group: 'NOT_ENOUGH_DATA', trend: 'NOT_ENOUGH_DATA', percent: null, doesIt: true, canDoIt: false, wantsToLearn: false, givesEnergy: true, prognosis: null },
  ],
  advice: [],
  routes: [],
  message: null,
  synthetic: true,
};

describe('the outlook table\'s prognosis column', () => {
  it('shows the prognosis for the coming year with its 80 % interval, or "geen prognose"', async () => {
    renderWithProviders(<OutlookPage session={seeker} fetchImpl={answer(outlook)} />);

    const table = await screen.findByRole('table', { name: 'Je vaardigheden en de vraag ernaar (tabel)' });
    expect(within(table).getByRole('columnheader', { name: 'Prognose komend jaar' })).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Python/ })).getByText('+12 % (80 %-interval −3 tot +27 %)')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /glasblazen/ })).getByText('geen prognose')).toBeInTheDocument();
    expect(screen.getByText(/De prognose schat de vacatures in de komende vier kwartalen \(1e kwartaal 2027 t\/m 4e kwartaal 2027\)/)).toBeInTheDocument();
  });

  it('says "no prognosis" in English, and shows no note when no skill has a prognosis', async () => {
    const none = { ...outlook, items: outlook.items.map((i) => ({ ...i, prognosis: null })) };
    renderWithProviders(<OutlookPage session={seeker} fetchImpl={answer(none)} />, { language: 'en' });

    const table = await screen.findByRole('table', { name: 'Your skills and the demand for them (table)' });
    expect(within(table).getByRole('columnheader', { name: 'Prognosis coming year' })).toBeInTheDocument();
    expect(within(table).getAllByText('no prognosis')).toHaveLength(2);
    expect(screen.queryByText(/The prognosis estimates/)).not.toBeInTheDocument();
  });
});
