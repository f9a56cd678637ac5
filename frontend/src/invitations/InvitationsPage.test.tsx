import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { InvitationsPage } from './InvitationsPage';
import { validateShare } from './invitationsApi';

function json(body: unknown, status = 200, type = 'application/json') {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

const seeker = sessionFor(['JOB_SEEKER']);
const vacancy = { id: 'v1', title: 'Verzorgende IG', employer: 'Zorggroep Amstelland', region: 'AM18', regionName: 'Groot Amsterdam', hoursMin: 24, hoursMax: 32, contract: 'PERMANENT', validUntil: '2027-01-25', synthetic: false };
const open = { id: 'i1', vacancy, message: 'Zullen we kennismaken?', status: 'OPEN', version: 0, sentAt: '2026-12-04T10:00:00Z', answeredAt: null, shared: null, explanation: null };

describe('my invitations', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('acceptsWithTheContactDetailsThePersonChoosesCheckedAtTheirFields', async () => {
    const answers: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string, init: RequestInit) => {
      if (url.startsWith('/api/me/invitations/i1/answer')) {
        answers.push(JSON.parse(String(init.body)));
        return json({ ...open, status: 'ACCEPTED', version: 1, shared: { name: 'Sanne de Vries', email: 'sanne@example.nl', phone: null } });
      }
      return json({ candidate: { id: 'p1', label: 'Kandidaat 7F3A' }, items: [open] });
    }));
    renderWithProviders(<InvitationsPage session={seeker} />);
    const card = (await screen.findByRole('heading', { level: 2, name: 'Verzorgende IG' })).closest('li') as HTMLElement;
    expect(screen.getByText('Werkgevers zien je als Kandidaat 7F3A.')).toBeInTheDocument();
    expect(within(card).getByText('Zullen we kennismaken?')).toBeInTheDocument();
    expect(within(card).getByText(/Zorggroep Amstelland · Groot Amsterdam \(AM18\)/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Accepteren' }));
    const name = within(card).getByRole('textbox', { name: 'Naam' });
    expect(name).toHaveValue('Sanne de Vries');
    expect(within(card).getByText('Ingevuld met de naam van je account; je kunt hem aanpassen.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(within(card).getByRole('textbox', { name: 'E-mailadres' }), 'sanne');
    await user.click(within(card).getByRole('button', { name: 'Accepteren en gegevens delen' }));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(within(card).getByText('Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.')).toBeInTheDocument();
    expect(answers).toEqual([]);

    await user.type(name, 'Sanne de Vries');
    await user.type(within(card).getByRole('textbox', { name: 'E-mailadres' }), '@example.nl');
    await user.click(within(card).getByRole('button', { name: 'Accepteren en gegevens delen' }));
    expect(await within(card).findByText('Je hebt geaccepteerd en gedeeld als Sanne de Vries')).toBeInTheDocument();
    expect(answers).toEqual([{ answer: 'ACCEPTED', version: 0, share: { name: 'Sanne de Vries', email: 'sanne@example.nl', phone: '' } }]);
    expect(screen.getByText('Je hebt de uitnodiging van Zorggroep Amstelland geaccepteerd.')).toBeInTheDocument();
  });

  it('prefillsTheAccountNameButNotAUsernameStandingInForIt', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => json({ candidate: { id: 'p1', label: 'Kandidaat 7F3A' }, items: [open] })));
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<InvitationsPage session={sessionFor(['JOB_SEEKER'], { name: 'Fatima El Idrissi' })} />);
    await user.click(await screen.findByRole('button', { name: 'Accepteren' }));
    const name = screen.getByRole('textbox', { name: /^Naam/ });
    expect(name).toHaveValue('Fatima El Idrissi');
    await user.clear(name);
    await user.type(name, 'Fatima');
    expect(name).toHaveValue('Fatima');
    unmount();

    renderWithProviders(<InvitationsPage session={sessionFor(['JOB_SEEKER'], { name: 'nieuw-1234', username: 'nieuw-1234' })} />);
    await user.click(await screen.findByRole('button', { name: 'Accepteren' }));
    expect(screen.getByRole('textbox', { name: 'Naam' })).toHaveValue('');
  });

  it('declinesWithoutSharingAnything', async () => {
    const answers: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((url: string, init: RequestInit) => {
      if (url.startsWith('/api/me/invitations/i1/answer')) {
        answers.push(JSON.parse(String(init.body)));
        return json({ ...open, status: 'DECLINED', version: 1 });
      }
      return json({ candidate: { id: 'p1', label: 'Kandidaat 7F3A' }, items: [open] });
    }));
    renderWithProviders(<InvitationsPage session={seeker} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('Je hebt afgewezen')).toBeInTheDocument();
    expect(answers).toEqual([{ answer: 'DECLINED', version: 0 }]);
  });

  it('saysSoWhenThereAreNone', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementation(() => json({ candidate: null, items: [] })));
    renderWithProviders(<InvitationsPage session={seeker} />);
    expect(await screen.findByText('Je hebt nog geen uitnodigingen.')).toBeInTheDocument();
  });

  it('checksTheSharedDetailsAsTheServerDoes', () => {
    const texts = { name: 'n', email: 'e', phone: 'p' };
    expect(validateShare({ name: 'Anna', email: '', phone: '' }, texts)).toEqual({});
    expect(validateShare({ name: ' ', email: 'a@b', phone: '0612' }, texts)).toEqual({ name: 'n', email: 'e', phone: 'p' });
    expect(validateShare({ name: 'Anna', email: 'anna@example.nl', phone: '+31 6-1234 5678' }, texts)).toEqual({});
  });
});
