import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { TeamPage } from './TeamPage';

function json(body: unknown, status = 200, type = 'application/json') {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

const employer = sessionFor(['EMPLOYER'], { organisation: 'Zorggroep Amstelland' });
const wounds = { uri: 'http://data.europa.eu/esco/skill/w', label: 'wondverzorging', labelLanguage: 'nl' };
const dutch = { uri: 'http://data.europa.eu/esco/skill/d', label: 'Nederlands spreken', labelLanguage: 'nl' };

describe('the team gap view', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('readsTheGapsInWordsAndAsATableEssentialFirst', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string) => url.startsWith('/api/team/gaps')
      ? json({ openVacancies: 3, teamRoles: 1, gaps: [{ skill: wounds, essential: true, vacancies: 2, essentialIn: 2, roles: 0, people: 0, routes: [{ id: 'r1', title: 'Wondzorg basis', provider: 'ROC Amsterdam', durationWeeks: 6, costEuros: 300, online: true }] }], covered: [{ skill: dutch, essential: true, vacancies: 3, essentialIn: 3, roles: 1, people: 4 }] })
      : json({ version: 1, roles: [{ name: 'Helpende', headcount: 4, skills: [dutch] }] })));
    renderWithProviders(<TeamPage session={employer} />);
    expect(await screen.findByText('Jouw 3 open vacatures vragen samen 2 vaardigheden. 1 daarvan heeft geen enkele rol in je team, waarvan 1 essentieel. Het meest gevraagde tekort: wondverzorging (in 2 vacatures).')).toBeInTheDocument();
    const gaps = screen.getByRole('table', { name: /Vaardigheden die geen rol in je team heeft/ });
    expect(within(gaps).getByRole('rowheader', { name: 'wondverzorging' })).toBeInTheDocument();
    expect(within(gaps).getByText('ja, in 2 vacatures')).toBeInTheDocument();
    expect(within(gaps).getByRole('listitem')).toHaveTextContent('Wondzorg basis (ROC Amsterdam, 6 weken) · online');
    const covered = screen.getByRole('table', { name: 'Vaardigheden die je team al heeft' });
    expect(within(covered).getByRole('row', { name: /Nederlands spreken 3 1 4/ })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Naam van de rol' })).toHaveValue('Helpende');
  });

  it('checksEachRoleAtItsFieldsAndSavesWithTheVersionItRead', async () => {
    const saved: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string, init: RequestInit) => {
      if (url.startsWith('/api/team/gaps')) return json({ openVacancies: 0, teamRoles: 0, gaps: [], covered: [] });
      if (init.method === 'PUT') {
        saved.push(JSON.parse(String(init.body)));
        return json({ version: 3, roles: [{ name: 'Kok', headcount: 2, skills: [] }] });
      }
      return json({ version: 2, roles: [] });
    }));
    renderWithProviders(<TeamPage session={employer} />);
    expect(await screen.findByText('Je organisatie heeft geen open vacatures, dus er is niets te vergelijken.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Rol toevoegen' }));
    await user.clear(screen.getByRole('spinbutton', { name: 'Aantal mensen' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Aantal mensen' }), '0');
    await user.click(screen.getByRole('button', { name: 'Team opslaan' }));
    const name = screen.getByRole('textbox', { name: 'Naam van de rol' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByText('Het aantal mensen is 1 tot 500.')).toBeInTheDocument();
    expect(saved).toEqual([]);

    await user.type(name, 'Kok');
    await user.clear(screen.getByRole('spinbutton', { name: 'Aantal mensen' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Aantal mensen' }), '2');
    await user.click(screen.getByRole('button', { name: 'Team opslaan' }));
    expect(await screen.findByText('Het team is opgeslagen.')).toBeInTheDocument();
    expect(saved).toEqual([{ version: 2, roles: [{ name: 'Kok', headcount: 2, skills: [] }] }]);
  });
});
