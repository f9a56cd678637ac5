import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider } from '../i18n/I18nProvider';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionFor } from '../test/fakeAuth';
import { CandidatesPage } from './CandidatesPage';

function json(body: unknown, status = 200, type = 'application/json') {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

const employer = sessionFor(['EMPLOYER'], { organisation: 'Zorggroep Amstelland' });
const explanation = { score: 0.5, coverage: 0.3, relevance: 0.2, matched: [], partial: [], missing: [] };
const vacancy = { id: 'v1', title: 'zorghulp (demo)', employer: 'Zorggroep Amstelland', region: 'AM18', regionName: 'Groot Amsterdam', hoursMin: 24, hoursMax: 36, contract: 'PERMANENT', validUntil: '2027-01-25', synthetic: true };

/** With the route's :id parameter, as the app has it. */
function renderPage() {
  render(
    <I18nProvider>
      <MemoryRouter initialEntries={['/werkgever/vacatures/v1/kandidaten']}>
        <Routes>
          <Route path="/werkgever/vacatures/:id/kandidaten" element={<CandidatesPage session={employer} />} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('inviting a candidate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sendsTheInvitationWithItsMessageAndShowsTheStatusAndTheSharedNameOfAnAcceptedOne', async () => {
    const sent: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string, init: RequestInit) => {
      if (url.startsWith('/api/vacancies/v1/invitations') && init.method === 'POST') {
        sent.push(JSON.parse(String(init.body)));
        return json({ id: 'i1', candidateId: 'c1', label: 'Kandidaat 7F3A', status: 'OPEN', sentAt: '2026-12-04T19:00:00Z', contact: null }, 201);
      }
      if (url.startsWith('/api/vacancies/v1/invitations')) {
        return json({ items: [{ id: 'i0', candidateId: 'c2', label: 'Kandidaat 0B1C', status: 'ACCEPTED', sentAt: '2026-12-01T10:00:00Z', contact: { name: 'Anna de Vries', email: 'anna@example.nl', phone: null } }] });
      }
      return json({
        vacancy,
        items: [
          { id: 'c1', label: 'Kandidaat 7F3A', score: 0.5, explanation, invitation: null },
          { id: 'c2', label: 'Kandidaat 0B1C', score: 0.4, explanation, invitation: { id: 'i0', status: 'ACCEPTED', sharedName: 'Anna de Vries' } },
        ],
      });
    }));
    renderPage();
    const first = (await screen.findByRole('heading', { level: 2, name: 'Kandidaat 7F3A' })).closest('li') as HTMLElement;
    const second = screen.getByRole('heading', { level: 2, name: 'Kandidaat 0B1C' }).closest('li') as HTMLElement;
    expect(within(second).getByText('Uitnodiging geaccepteerd door Anna de Vries')).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: /Uitnodigen/ })).toBeNull();

    const user = userEvent.setup();
    const open = within(first).getByRole('button', { name: 'Uitnodigen Kandidaat 7F3A' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const message = within(first).getByRole('textbox', { name: 'Bericht aan Kandidaat 7F3A (niet verplicht)' });
    await user.type(message, 'Zullen we kennismaken?');
    await user.click(within(first).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(first).findByText('Uitgenodigd – wacht op antwoord')).toBeInTheDocument();
    expect(sent).toEqual([{ candidateId: 'c1', message: 'Zullen we kennismaken?' }]);
    const invitations = screen.getByRole('region', { name: 'Verstuurde uitnodigingen' });
    expect(await within(invitations).findByRole('heading', { level: 3, name: 'Anna de Vries' })).toBeInTheDocument();
    expect(within(invitations).getByRole('link', { name: 'anna@example.nl' })).toHaveAttribute('href', 'mailto:anna@example.nl');
  });

  it('putsTheServersMessageErrorAtTheMessageField', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string, init: RequestInit) => {
      if (url.startsWith('/api/vacancies/v1/invitations') && init.method === 'POST') {
        return json({ type: 'https://vaardig.nl/problems/validation', title: 'Ongeldige invoer', status: 400, errors: [{ field: 'message', message: 'Een bericht heeft hoogstens 1000 tekens.' }] }, 400, 'application/problem+json');
      }
      if (url.startsWith('/api/vacancies/v1/invitations')) return json({ items: [] });
      return json({ vacancy, items: [{ id: 'c1', label: 'Kandidaat 7F3A', score: 0.5, explanation, invitation: null }] });
    }));
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Uitnodigen Kandidaat 7F3A' }));
    await user.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    const message = screen.getByRole('textbox', { name: /Bericht aan Kandidaat 7F3A/ });
    expect(await screen.findByText('Een bericht heeft hoogstens 1000 tekens.')).toBeInTheDocument();
    expect(message).toHaveAttribute('aria-invalid', 'true');
    expect(message).toHaveFocus();
  });
});
