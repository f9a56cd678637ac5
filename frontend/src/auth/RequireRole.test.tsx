import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { RequireRole } from './RequireRole';

const adminPage = <RequireRole role="ADMIN">{(session) => <h1>Beheer voor {session.me.name}</h1>}</RequireRole>;

describe('the role guard', () => {
  it('aUserWithTheRoleSeesThePage', async () => {
    renderWithProviders(adminPage, { path: '/beheer', service: new FakeAuthService(sessionFor(['ADMIN'])) });
    expect(await screen.findByRole('heading', { name: 'Beheer voor Sanne de Vries' })).toBeInTheDocument();
  });

  it('aJobSeekerOpeningTheAdminPageSeesGeenToegangAndALinkToTheirOwnPage', async () => {
    renderWithProviders(adminPage, { path: '/beheer', service: new FakeAuthService(sessionFor(['JOB_SEEKER'])) });
    expect(await screen.findByRole('heading', { name: 'Geen toegang' })).toBeInTheDocument();
    expect(screen.getByText(/bedoeld voor de rol Beheerder/)).toHaveTextContent('(Werkzoekende)');
    expect(screen.getByRole('link', { name: 'Naar mijn eigen pagina' })).toHaveAttribute('href', '/werkzoekende');
    expect(screen.queryByText(/Beheer voor/)).not.toBeInTheDocument();
  });

  it('theForbiddenMessageIsTranslatedToo', async () => {
    renderWithProviders(adminPage, {
      path: '/beheer',
      language: 'en',
      service: new FakeAuthService(sessionFor(['EMPLOYER'])),
    });
    expect(await screen.findByRole('heading', { name: 'No access' })).toBeInTheDocument();
    // The title is set in an effect after the render: under load it can come a moment after the heading.
    await waitFor(() => expect(document.title).toBe('No access – Vaardig'));
  });

  it('anAnonymousVisitorIsAskedToLogInAndComesBackHereAfterwards', async () => {
    const service = new FakeAuthService(null);
    renderWithProviders(adminPage, { path: '/beheer', service });
    expect(await screen.findByRole('heading', { name: 'Inloggen vereist' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(service.loginCalls).toEqual(['/beheer']);
  });

  it('whileTheSessionIsBeingRestoredNothingOfThePageIsShown', () => {
    renderWithProviders(adminPage, { path: '/beheer', setup: () => new Promise(() => {}) });
    expect(screen.getByRole('status')).toHaveTextContent('Bezig met laden…');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });
});
