import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { languageStorageKey } from '../i18n/languageStore';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { LanguagePreferenceSync } from './LanguagePreferenceSync';
import { saveLanguagePreference } from './preferencesApi';

function Current() {
  const { language } = useI18n();
  return <p data-testid="language">{language}</p>;
}

function page(save: (token: string, language: 'nl' | 'en') => Promise<void>) {
  return (
    <>
      <LanguageSwitch />
      <Current />
      <LanguagePreferenceSync save={save} />
    </>
  );
}

describe('the language preference of a logged-in user', () => {
  it('switchingLanguageWhileLoggedInSavesItToTheAccount', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(page(save), { service: new FakeAuthService(sessionFor(['JOB_SEEKER'])) });
    await waitFor(() => expect(screen.getByRole('button', { name: /^EN/ })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('token-JOB_SEEKER', 'en'));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('withoutAChoiceOnThisDeviceTheAccountsLanguageIsAdopted', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(page(save), { service: new FakeAuthService(sessionFor(['JOB_SEEKER'], { language: 'en' })) });
    await waitFor(() => expect(screen.getByTestId('language')).toHaveTextContent('en'));
    // the page's lang attribute follows in an effect after the render that shows the language: wait for it too
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(save).not.toHaveBeenCalled();
  });

  it('aChoiceMadeOnThisDeviceWinsAndIsSavedToTheAccount', async () => {
    window.localStorage.setItem(languageStorageKey, 'en');
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(page(save), { service: new FakeAuthService(sessionFor(['EMPLOYER'], { language: 'nl' })) });
    await waitFor(() => expect(save).toHaveBeenCalledWith('token-EMPLOYER', 'en'));
    expect(screen.getByTestId('language')).toHaveTextContent('en');
  });

  it('nothingIsSavedForAnAnonymousVisitor', async () => {
    const save = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(page(save), { service: new FakeAuthService(null) });
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(save).not.toHaveBeenCalled();
  });

  it('aFailedSaveIsShownAndTheChoiceStaysOnThisDevice', async () => {
    const save = vi.fn().mockRejectedValue(new ApiError('http', { type: 'about:blank', title: 'Not Found', status: 404, errors: [] }));
    renderWithProviders(page(save), { service: new FakeAuthService(sessionFor(['ADMIN'])) });
    await waitFor(() => expect(screen.getByRole('button', { name: /^EN/ })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: /^EN/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be saved to your account');
    expect(alert).toHaveTextContent('Not Found (Error code 404)');
    expect(screen.getByTestId('language')).toHaveTextContent('en');
  });
});

describe('the preferences call', () => {
  it('putsTheLanguageWithTheBearerToken', async () => {
    const fetchImpl = vi.fn<typeof fetch>().mockResolvedValue(new Response(null, { status: 204 }));
    await saveLanguagePreference('tok', 'en', fetchImpl);
    const [path, init] = fetchImpl.mock.calls[0] ?? [];
    expect(path).toBe('/api/me/preferences');
    expect(init?.method).toBe('PUT');
    expect(init?.body).toBe('{"language":"en"}');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });
});

