import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { HomePage } from './HomePage';

describe('the home page', () => {
  it('explainsVaardigInDutch', async () => {
    renderWithProviders(<HomePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Vind werk op wat je kunt' })).toBeInTheDocument();
    expect(screen.getByText(/zij-instromers/)).toBeInTheDocument();
    expect(screen.getByText(/herintreders/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Werkgevers' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rondkijken zonder account' })).toBeInTheDocument();
    expect(screen.getByText(/bewaart niets van je gegevens totdat je je registreert/)).toBeInTheDocument();
    // The button is disabled while the session loads; wait until it is usable.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Inloggen' })).toBeEnabled());
    expect(document.title).toBe('Start – Vaardig');
  });

  it('explainsVaardigInEnglish', async () => {
    renderWithProviders(<HomePage />, { language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Find work based on what you can do' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Exploring without an account' })).toBeInTheDocument();
    expect(screen.getByText(/stores none of your data until you register/)).toBeInTheDocument();
    // The button is disabled while the session loads; wait until it is usable.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled());
    expect(screen.queryByText('Vind werk op wat je kunt')).not.toBeInTheDocument();
  });

  it('theLoginButtonStartsTheLogin', async () => {
    const service = new FakeAuthService(null);
    renderWithProviders(<HomePage />, { service });
    await userEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    expect(service.loginCalls).toEqual([null]);
  });

  it('aLoggedInUserIsPointedToTheirOwnPage', async () => {
    renderWithProviders(<HomePage />, { service: new FakeAuthService(sessionFor(['EMPLOYER'])) });
    expect(await screen.findByRole('link', { name: 'Werkgever' })).toHaveAttribute('href', '/werkgever');
    expect(screen.queryByRole('button', { name: 'Inloggen' })).not.toBeInTheDocument();
  });
});
