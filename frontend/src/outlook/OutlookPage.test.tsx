import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { OutlookPage } from './OutlookPage';
import type { SeekerOutlook } from './outlookApi';

const seeker = sessionFor(['JOB_SEEKER']);

const answer = (body: unknown, status = 200): typeof fetch =>
  (() => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))) as typeof fetch;

const outlook: SeekerOutlook = {
  region: 'AM18',
  regionName: 'Groot Amsterdam',
  items: [
    { uri: 'u:python', label: 'Python', group: 'LEARN_GROWING', trend: 'GROWING', percent: 18, doesIt: false, canDoIt: false, wantsToLearn: true, givesEnergy: false, prognosis: null },
    { uri: 'u:typen', label: 'typen', group: 'ENERGY_SHRINKING', trend: 'SHRINKING', percent: -9, doesIt: true, canDoIt: true, wantsToLearn: false, givesEnergy: true, prognosis: null },
  ],
  advice: [
    { group: 'LEARN_GROWING', nl: 'Je wilt Python leren en de vraag ernaar groeit in Groot Amsterdam (+18 % in een jaar): de leerroutes hiernaast sluiten dat gat het snelst.', en: 'You want to learn Python', skills: ['u:python'] },
    { group: 'ENERGY_SHRINKING', nl: 'Je doet typen graag, maar de vraag krimpt in Groot Amsterdam (−9 % in een jaar): kijk welke verwante vaardigheden groeien.', en: 'You enjoy typen', skills: ['u:typen'] },
  ],
  routes: [{ id: 'r1', skill: 'u:python', titleNl: 'Python voor beginners', titleEn: 'Python for beginners', provider: 'ROC', durationWeeks: 8, costEuros: 450, online: true }],
  message: null,
  synthetic: true,
};

describe('OutlookPage', () => {
  it('shows the advice per group, the dot plot with a table alternative and the routes for a growing skill', async () => {
    renderWithProviders(<OutlookPage session={seeker} fetchImpl={answer(outlook)} />);

    expect(await screen.findByText(/Je wilt Python leren en de vraag ernaar groeit in Groot Amsterdam \(\+18 % in een jaar\)/)).toBeInTheDocument();
    expect(screen.getByText(/Je doet typen graag, maar de vraag krimpt/)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Stippengrafiek/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Je vaardigheden en de vraag ernaar (tabel)' });
    expect(within(within(table).getByRole('row', { name: /Python/ })).getByText('groeit')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /typen/ })).getByText('−9 %')).toBeInTheDocument();
    expect(screen.getByText(/Python voor beginners \(ROC\): 8 weken/)).toBeInTheDocument();
  });

  it('says what to do when there are no answers, and shows no chart', async () => {
    renderWithProviders(<OutlookPage session={seeker} fetchImpl={answer({ ...outlook, items: [], advice: [], routes: [], message: 'NO_ANSWERS' })} />);

    expect(await screen.findByText(/Je hebt nog bij geen enkele vaardigheid aangegeven/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says the region has too few vacancies without any figure', async () => {
    renderWithProviders(<OutlookPage session={seeker} fetchImpl={answer({ ...outlook, items: [], advice: [], routes: [], message: 'NOT_ENOUGH_DATA' })} />);

    expect(await screen.findByText('In Groot Amsterdam zijn te weinig vacatures voor je vaardigheden om iets over de vraag te zeggen.')).toBeInTheDocument();
    expect(screen.queryByText(/%/)).not.toBeInTheDocument();
  });
});
