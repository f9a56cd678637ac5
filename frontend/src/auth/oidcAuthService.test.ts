import { describe, expect, it } from 'vitest';
import { sameOriginMetadata, userManagerSettings } from './oidcAuthService';

const config = {
  oidc: { issuer: 'http://localhost:8080', clientId: 'vaardig-web', scope: 'openid profile' },
  version: null,
};

describe('the OIDC client settings', () => {
  it('usesTheCodeFlowWithCallbackAndLogoutAddressesOnThisOrigin', () => {
    const settings = userManagerSettings(config, 'http://localhost:18080');
    expect(settings).toMatchObject({
      authority: 'http://localhost:8080',
      client_id: 'vaardig-web',
      scope: 'openid profile',
      response_type: 'code',
      redirect_uri: 'http://localhost:18080/auth/callback',
      post_logout_redirect_uri: 'http://localhost:18080/',
      automaticSilentRenew: false,
      monitorSession: false,
    });
    // PKCE is on unless disabled; the settings must not disable it.
    expect(settings).not.toHaveProperty('disablePKCE', true);
  });

  it('keepsTheUserOnlyForTheLifetimeOfTheTab', async () => {
    const settings = userManagerSettings(config, 'http://localhost:18080');
    await settings.userStore?.set('probe', 'value');
    expect(window.sessionStorage.getItem('oidc.probe')).toBe('value');
  });
});

describe('the dev server metadata rewrite', () => {
  it('pointsTheProvidersEndpointsAtTheDevServerButKeepsTheIssuer', () => {
    const rewritten = sameOriginMetadata(
      {
        issuer: 'http://localhost:8080',
        authorization_endpoint: 'http://localhost:8080/oauth2/authorize',
        token_endpoint: 'http://localhost:8080/oauth2/token',
        end_session_endpoint: 'http://localhost:8080/connect/logout',
        response_types_supported: ['code'],
      },
      'http://localhost:5173',
    );
    expect(rewritten).toEqual({
      issuer: 'http://localhost:8080',
      authorization_endpoint: 'http://localhost:5173/oauth2/authorize',
      token_endpoint: 'http://localhost:5173/oauth2/token',
      end_session_endpoint: 'http://localhost:5173/connect/logout',
      response_types_supported: ['code'],
    });
  });
});
