import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders, sessionFor } from '../test/fakeAuth';
import { NotificationSettingsPage, kindsFor } from './NotificationSettingsPage';
import { isEmailAddress } from './notificationsApi';

function json(body: unknown, status = 200, type = 'application/json') {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } }));
}

const nothing = { email: null, invitations: false, proposals: false, answers: false };

describe('e-mail notification settings', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('startsWithEverythingOffAndSavesOnlyWhatThePersonSwitchesOn', async () => {
    const saved: unknown[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((_url: string, init: RequestInit) => {
      if (init.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        saved.push(body);
        return json({ ...body });
      }
      return json(nothing);
    }));
    renderWithProviders(<NotificationSettingsPage session={sessionFor(['JOB_SEEKER'])} />);
    const invitations = await screen.findByRole('checkbox', { name: 'een uitnodiging van een werkgever' });
    const proposals = screen.getByRole('checkbox', { name: 'een voorstel van je jobcoach voor een vacature' });
    expect(invitations).not.toBeChecked();
    expect(proposals).not.toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /antwoord/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alles uitzetten' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    const email = screen.getByRole('textbox', { name: 'E-mailadres voor meldingen' });
    await user.type(email, 'sanne');
    await user.click(invitations);
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(saved).toEqual([]);

    await user.type(email, '@voorbeeld.nl');
    await user.click(screen.getByRole('button', { name: 'Bewaren' }));
    expect(await screen.findByText('Je e-mailmeldingen zijn bewaard.')).toBeInTheDocument();
    expect(saved).toEqual([{ email: 'sanne@voorbeeld.nl', invitations: true, proposals: false, answers: false }]);
    expect(screen.getByRole('button', { name: 'Alles uitzetten' })).toBeInTheDocument();
  });

  it('switchingOffForgetsTheAddress', async () => {
    const methods: string[] = [];
    vi.stubGlobal('fetch', vi.fn().mockImplementation((_url: string, init: RequestInit) => {
      methods.push(init.method ?? 'GET');
      if (init.method === 'DELETE') return Promise.resolve(new Response(null, { status: 204 }));
      return json({ email: 'werkgever@voorbeeld.nl', invitations: false, proposals: true, answers: true });
    }));
    renderWithProviders(<NotificationSettingsPage session={sessionFor(['EMPLOYER'])} />);
    expect(await screen.findByRole('checkbox', { name: 'een kandidaat die een jobcoach voorstelt voor je vacature' })).toBeChecked();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Alles uitzetten' }));
    expect(await screen.findByText('Je e-mailmeldingen staan uit en je adres is gewist.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mailadres voor meldingen' })).toHaveValue('');
    expect(methods).toContain('DELETE');
  });

  it('offersEachRoleOnlyTheMailItCanGet', () => {
    expect(kindsFor(['JOB_SEEKER'])).toEqual(['invitations', 'proposals']);
    expect(kindsFor(['EMPLOYER'])).toEqual(['proposals', 'answers']);
    expect(kindsFor(['JOBCOACH'])).toEqual(['answers']);
    expect(kindsFor(['ADMIN', 'REGIO_STAFF'])).toEqual([]);
  });

  it('checksAddressesAsTheServerDoes', () => {
    expect(isEmailAddress('a@b.nl')).toBe(true);
    expect(isEmailAddress(' a@b.nl ')).toBe(true);
    expect(isEmailAddress('a@b')).toBe(false);
    expect(isEmailAddress('a b@c.nl')).toBe(false);
    expect(isEmailAddress(`${'x'.repeat(250)}@b.nl`)).toBe(false);
  });
});
