import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { CandidatesPage } from './CandidatesPage';
import { EmployerPage } from './EmployerPage';

/** A fresh Response per call: StrictMode runs the loading effect twice, and a body can be read only once. */
function answerOf(json: unknown) {
  return Promise.resolve(new Response(JSON.stringify(json), { status: 200, headers: { 'Content-Type': 'application/json' } }));
}

const employer = sessionFor(['EMPLOYER'], { organisation: 'Zorggroep Amstelland' });

describe('the employer pages', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('listsTheOrganisationsVacanciesWithALinkToTheirCandidatesAndToANewVacancy', async () => {
    const fetchMock = vi.fn().mockImplementation(() => answerOf({
      items: [{ id: 'v1', title: 'zorghulp (demo)', region: 'AM18', status: 'PUBLISHED', validFrom: '2026-11-23', validUntil: '2027-01-25', skills: 18, synthetic: true }],
    }));
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<EmployerPage session={employer} />);
    expect(screen.getByText('Zorggroep Amstelland')).toBeInTheDocument();
    const row = (await screen.findByText('zorghulp (demo)')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Groot Amsterdam (AM18)')).toBeInTheDocument();
    expect(within(row).getByText('Gepubliceerd')).toBeInTheDocument();
    expect(within(row).getByText('Demo')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Kandidaten voor zorghulp (demo)' })).toHaveAttribute('href', '/werkgever/vacatures/v1/kandidaten');
    expect(screen.getByRole('link', { name: 'Nieuwe vacature' })).toHaveAttribute('href', '/werkgever/vacatures/nieuw');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/vacancies');
    expect((fetchMock.mock.calls[0]?.[1] as RequestInit).headers).toMatchObject({ Authorization: `Bearer ${employer.accessToken}` });
  });

  it('showsRankedPseudonymousCandidatesWithTheirExplanation', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string) => url.includes('/invitations') ? answerOf({ items: [] }) : answerOf({
      vacancy: { id: 'v1', title: 'zorghulp (demo)', employer: 'Zorggroep Amstelland', region: 'AM18', regionName: 'Groot Amsterdam', hoursMin: 24, hoursMax: 36, contract: 'PERMANENT', validUntil: '2027-01-25', synthetic: true },
      items: [{
        id: 'c1', label: 'Kandidaat 7F3A', score: 0.5,
        explanation: { score: 0.5, coverage: 0.3, relevance: 0.2, matched: [{ skill: { uri: 's', label: 'support nurses', labelLanguage: 'en' }, essential: true, points: 0.3 }], partial: [], missing: [] },
      }],
    })));
    renderWithProviders(<CandidatesPage session={employer} />, { path: '/werkgever/vacatures/v1/kandidaten', routes: [] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kandidaten voor zorghulp (demo)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Kandidaat 7F3A' })).toBeInTheDocument();
    expect(screen.getByText('Match: 50,0 van 100')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Wat de kandidaat al heeft (1)' })).toHaveTextContent('support nurses');
    expect(screen.getByRole('heading', { level: 3, name: 'Wat de kandidaat al heeft (1)' })).toBeInTheDocument();
  });

  it('saysSoWhenTheVacancyIsNotTheirs', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => Promise.resolve(new Response(JSON.stringify({ type: 'https://vaardig.nl/problems/not-found', title: 'Niet gevonden', status: 404, detail: 'Dit bestaat niet of je hebt er geen toegang toe.' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }))));
    renderWithProviders(<CandidatesPage session={employer} />, { path: '/werkgever/vacatures/v9/kandidaten' });
    expect(await screen.findByRole('alert')).toHaveTextContent('De kandidaten konden niet worden opgehaald.');
    expect(screen.getByRole('alert')).toHaveTextContent('Dit bestaat niet of je hebt er geen toegang toe.');
  });
});
