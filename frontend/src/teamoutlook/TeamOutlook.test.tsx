import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { TeamOutlookPage } from './TeamOutlookPage';
import { splitAddresses } from './teamOutlookApi';
import { WorkerAnswerPage } from './WorkerAnswerPage';

const employer = sessionFor(['EMPLOYER']);

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

const skill = (label: string, counts: Partial<Record<'answered' | 'doesIt' | 'canDoIt' | 'wantsToLearn' | 'givesEnergy', number | null>>) => ({
  uri: `u:${label}`, label, labelLanguage: 'nl', derived: false,
  answered: null, doesIt: null, canDoIt: null, wantsToLearn: null, givesEnergy: null, ...counts,
  trend: { kind: 'GROWING', percent: 18, from: '2025-Q4', to: '2026-Q3' },
  prognosis: { quarter: '2027-Q3', prognosis: 41.2, lower80: 30.5, upper80: 52 },
});

const detail = (answered: number, shown: boolean, skills: unknown[]) => ({
  id: 'o1', name: 'Team Thuiszorg', region: 'AM18', regionName: 'Groot Amsterdam', createdAt: '2026-12-01T10:00:00Z',
  invited: 6, answered, minimum: 5, shown, skills, synthetic: true,
  invitations: [{ id: 'i1', email: 'a@voorbeeld.nl', createdAt: '2026-12-01T10:00:00Z', expiresAt: '2027-01-30T10:00:00Z', status: 'OPEN' }],
});

describe('team outlook, employer', () => {
  it('with four answers says how many answered and shows no count column at all', async () => {
    const fetchImpl = (() => Promise.resolve(json(detail(4, false, [skill('wondverzorging', {})])))) as typeof fetch;
    renderWithProviders(<TeamOutlookPage session={employer} fetchImpl={fetchImpl} />, { path: '/werkgever/team/toekomst/o1', routes: [] });

    expect(await screen.findByText(/4 van de 6 uitgenodigde mensen hebben geantwoord\. Het beeld verschijnt vanaf 5 antwoorden/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Vaardigheden van je team en de vraag ernaar' });
    expect(within(table).queryByRole('columnheader', { name: 'Kan het' })).not.toBeInTheDocument();
    expect(within(table).queryByText(/van 4/)).not.toBeInTheDocument();
    expect(within(table).getByText(/groeit \(\+18 % in een jaar/)).toBeInTheDocument();
    expect(within(table).getByText(/prognose 3e kwartaal 2027: 41 vacatures \(80%-interval 31 tot 52\)/)).toBeInTheDocument();
  });

  it('with five answers shows the counts, and a hidden cell as hidden', async () => {
    const fetchImpl = (() => Promise.resolve(json(detail(5, true, [skill('wondverzorging', { answered: 5, doesIt: 2, canDoIt: 5, wantsToLearn: null, givesEnergy: 0 })])))) as typeof fetch;
    renderWithProviders(<TeamOutlookPage session={employer} fetchImpl={fetchImpl} />, { path: '/werkgever/team/toekomst/o1' });

    const row = await screen.findByRole('row', { name: /wondverzorging/ });
    expect(within(row).getByText('2 van 5')).toBeInTheDocument();
    expect(within(row).getByText('5 van 5')).toBeInTheDocument();
    expect(within(row).getByText('verborgen')).toBeInTheDocument();
    expect(within(row).getByText('0 van 5')).toBeInTheDocument();
  });
});

describe('team outlook, worker', () => {
  const view = { organisation: 'Zorggroep Amstelland', teamName: 'Team Thuiszorg', expiresAt: '2027-01-30T10:00:00Z', expired: false, answered: false, minimum: 5,
    skills: [{ uri: 'u:wond', label: 'wondverzorging', labelLanguage: 'nl', derived: false, doesIt: null, canDoIt: null, wantsToLearn: null, givesEnergy: null }] };

  it('sends nothing without consent, then sends the ticked answers with consent', async () => {
    const sent: unknown[] = [];
    const fetchImpl = ((_: string, init?: RequestInit) => {
      if (init?.method === 'PUT') {
        sent.push(JSON.parse(String(init.body)));
        return Promise.resolve(json({ ...view, answered: true, skills: [{ ...view.skills[0], doesIt: false, canDoIt: true, wantsToLearn: false, givesEnergy: false }] }));
      }
      return Promise.resolve(json(view));
    }) as typeof fetch;
    renderWithProviders(<WorkerAnswerPage fetchImpl={fetchImpl} />, { path: '/teamvragen/abc' });

    const group = await screen.findByRole('group', { name: /wondverzorging/ });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Ik kan dit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    expect(await screen.findByText('Zonder toestemming bewaren we je antwoorden niet.')).toBeInTheDocument();
    expect(sent).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: /Ik geef toestemming/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Antwoorden versturen' }));
    expect(await screen.findByRole('button', { name: 'Mijn antwoorden intrekken' })).toBeInTheDocument();
    expect(sent).toEqual([{ consent: true, answers: [{ skill: 'u:wond', doesIt: false, canDoIt: true, wantsToLearn: false, givesEnergy: false }] }]);
  });

  it('says a revoked or unknown link works no longer and shows no question', async () => {
    const fetchImpl = (() => Promise.resolve(json({ type: 'about:blank', title: 'Niet gevonden', status: 404, detail: 'x' }, 404))) as typeof fetch;
    renderWithProviders(<WorkerAnswerPage fetchImpl={fetchImpl} />, { path: '/teamvragen/abc' });

    expect(await screen.findByRole('heading', { name: 'Deze link werkt niet (meer)' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});

describe('splitAddresses', () => {
  it('takes one address per line, or separated by commas, semicolons or spaces', () => {
    expect(splitAddresses(' a@x.nl\nb@x.nl, c@x.nl;d@x.nl  \n\n')).toEqual(['a@x.nl', 'b@x.nl', 'c@x.nl', 'd@x.nl']);
  });
});
