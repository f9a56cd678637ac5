import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import type { AuthService } from '../auth/authService';
import { Layout } from './Layout';

function renderLayout(options: { service?: AuthService; setup?: () => Promise<never>; language?: 'nl' | 'en' } = {}) {
  return renderWithProviders(<Layout />, options);
}

describe('the page layout', () => {
  it('startsWithASkipLinkToTheMainContent', () => {
    renderLayout();
    const skip = screen.getAllByRole('link')[0];
    expect(skip).toHaveTextContent('Naar de inhoud');
    expect(skip).toHaveAttribute('href', '#inhoud');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhoud');
  });

  it('showsTheProductNameNavigationLanguageSwitchAndLogin', async () => {
    renderLayout();
    const header = screen.getByRole('banner');
    expect(within(header).getByRole('link', { name: 'Vaardig' })).toHaveAttribute('href', '/');
    expect(within(header).getByRole('navigation', { name: 'Hoofdmenu' })).toBeInTheDocument();
    expect(within(header).getByRole('group', { name: 'Taal' })).toBeInTheDocument();
    // The button is disabled while the session loads; wait until it is usable.
    await waitFor(() => expect(within(header).getByRole('button', { name: 'Inloggen' })).toBeEnabled());
  });

  it('theFooterCarriesTheEscoAndRegionAttributionAndTheVersion', async () => {
    renderLayout();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByText('This service uses the ESCO classification of the European Commission.')).toHaveAttribute('lang', 'en');
    expect(within(footer).getByText("Bron regio's: CBS, PDOK")).toBeInTheDocument();
    expect(await within(footer).findByText('Versie 0.1.0-test')).toBeInTheDocument();
  });

  it('theFooterIsDutchOnADutchPageAndEnglishOnAnEnglishOne', async () => {
    const dutch = renderLayout();
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent(/^Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie\. \(This service/);
    expect(footer).toHaveTextContent('Nederlandse benamingen mede uit de ESCO-koppelingen');
    await within(footer).findByText('Versie 0.1.0-test');
    dutch.unmount();
    renderLayout({ language: 'en' });
    const english = screen.getByRole('contentinfo');
    expect(english).not.toHaveTextContent('Deze dienst');
    expect(within(english).getByText('This service uses the ESCO classification of the European Commission.')).not.toHaveAttribute('lang');
    expect(within(english).getByText('Source of regions: CBS, PDOK')).toBeInTheDocument();
    expect(await within(english).findByText('Version 0.1.0-test')).toBeInTheDocument();
  });

  it('aLoggedInUserSeesTheirNameTheirRolePageAndLogout', async () => {
    const service = new FakeAuthService(sessionFor(['JOBCOACH']));
    renderLayout({ service });
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Ingelogd als Sanne de Vries')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Jobcoach' })).toHaveAttribute('href', '/jobcoach');
    await userEvent.click(within(header).getByRole('button', { name: 'Uitloggen' }));
    expect(service.logoutCalls).toBe(1);
  });

  it('whenTheLoginSettingsCannotBeLoadedTheUserIsToldAndLoginIsDisabled', async () => {
    renderLayout({ setup: () => Promise.reject(new Error('HTTP 503')) });
    expect(await screen.findByRole('alert')).toHaveTextContent('Inloggen is op dit moment niet mogelijk');
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Inloggen' })).toBeDisabled();
  });

  it('anExpiredSessionIsAnnouncedAndTheUserIsLoggedOut', async () => {
    const service = new FakeAuthService(sessionFor(['EMPLOYER']));
    renderLayout({ service });
    await screen.findByText('Ingelogd als Sanne de Vries');
    service.emit(null);
    expect(await screen.findByText('Je sessie is verlopen. Log opnieuw in om verder te gaan.')).toBeInTheDocument();
    expect(screen.queryByText('Ingelogd als Sanne de Vries')).not.toBeInTheDocument();
  });

  it('switchingToEnglishTranslatesTheWholeShell', async () => {
    renderLayout();
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getAllByRole('link')[0]).toHaveTextContent('Skip to content');
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByText('Source of regions: CBS, PDOK')).toBeInTheDocument();
    expect(screen.getByText('This service uses the ESCO classification of the European Commission.')).not.toHaveAttribute('lang');
  });
});
