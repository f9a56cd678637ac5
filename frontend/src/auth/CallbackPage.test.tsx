import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { FakeAuthService, renderWithProviders, sessionFor } from '../test/fakeAuth';
import { CallbackPage } from './CallbackPage';

function renderCallback(service: FakeAuthService, language: 'nl' | 'en' = 'nl') {
  return renderWithProviders(<CallbackPage />, { path: '/auth/callback?code=abc&state=xyz', isCallback: true, service, language });
}

describe('the login callback', () => {
  it('aSuccessfulLoginLandsOnThePageOfTheUsersRole', async () => {
    const service = new FakeAuthService(null, () =>
      Promise.resolve({ session: sessionFor(['JOBCOACH'], { regions: [{ code: 'AM18', name: 'Groot Amsterdam' }] }), returnTo: null }),
    );
    renderCallback(service);
    expect(await screen.findByTestId('current-path')).toHaveTextContent('/jobcoach');
  });

  it('theCodeIsRedeemedOnlyOnceEvenWhenReactRunsTheEffectTwice', async () => {
    const service = new FakeAuthService(null, () => Promise.resolve({ session: sessionFor(['ADMIN']), returnTo: null }));
    renderCallback(service);
    await screen.findByTestId('current-path');
    expect(service.completeLoginCalls).toBe(1);
  });

  it('aRememberedPageIsOpenedInsteadOfTheLandingPage', async () => {
    const service = new FakeAuthService(null, () => Promise.resolve({ session: sessionFor(['JOBCOACH', 'ADMIN']), returnTo: '/beheer' }));
    renderCallback(service);
    expect(await screen.findByTestId('current-path')).toHaveTextContent('/beheer');
  });

  it('aProviderErrorIsShownAsAnAlertWithAWayBack', async () => {
    const service = new FakeAuthService(null, () => Promise.reject(new Error('access_denied: The resource owner denied the request')));
    renderCallback(service);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Er ging iets mis bij het afronden van het inloggen.');
    expect(alert).toHaveTextContent('The resource owner denied the request');
    expect(screen.getByRole('heading', { name: 'Inloggen is niet gelukt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terug naar de startpagina' })).toHaveAttribute('href', '/');
  });

  it('retryingAfterAFailureStartsANewLogin', async () => {
    const service = new FakeAuthService(null, () => Promise.reject(new Error('No matching state found in storage')));
    renderCallback(service);
    await userEvent.click(await screen.findByRole('button', { name: 'Opnieuw inloggen' }));
    expect(service.loginCalls).toEqual([null]);
  });

  it('aServerProblemWhileLoadingTheUserIsShownWithItsTitleAndDetail', async () => {
    const problem = new ApiError('http', { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Token audience mismatch', errors: [] });
    const service = new FakeAuthService(null, () => Promise.reject(problem));
    renderCallback(service, 'en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong while completing the login.');
    expect(alert).toHaveTextContent('Unauthorized (Error code 401)');
    expect(alert).toHaveTextContent('Token audience mismatch');
  });

  it('anAccountWithoutARoleIsToldSoInsteadOfABlankPage', async () => {
    const service = new FakeAuthService(null, () => Promise.resolve({ session: sessionFor([]), returnTo: null }));
    renderCallback(service);
    expect(await screen.findByRole('heading', { name: 'Je account heeft nog geen rol' })).toBeInTheDocument();
  });
});
