import { User, UserManager, WebStorageStateStore, type OidcMetadata, type UserManagerSettings } from 'oidc-client-ts';
import { fetchMe } from './me';
import type { PublicConfig } from './publicConfig';
import { isLocalPath } from './roles';
import type { AuthService, CompletedLogin, LoginIntent, Session } from './authService';

import { callbackPath } from './callbackPath';

interface LoginState {
  readonly returnTo: string | null;
}

export function userManagerSettings(config: PublicConfig, origin: string): UserManagerSettings {
  return {
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    scope: config.oidc.scope,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/`,
    // Authorization code flow; oidc-client-ts adds PKCE (S256) by itself for this public client.
    response_type: 'code',
    // Tokens live only as long as the tab: nothing outlives closing it.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // Silent renew through a hidden iframe and session monitoring need frames, which the CSP
    // (default-src 'self') and the provider's framing rules forbid; renewal uses a refresh token
    // when the provider issues one (see onSessionChange), otherwise the session simply expires.
    automaticSilentRenew: false,
    monitorSession: false,
    loadUserInfo: false,
  };
}

/**
 * The Vite dev server proxies the provider's paths, so that in `npm run dev` the whole login runs
 * through one origin. The provider's metadata names its own origin (the backend port), so its
 * endpoints are rewritten to the dev server's origin. Production never calls this.
 */
export function sameOriginMetadata(metadata: Partial<OidcMetadata>, origin: string): Partial<OidcMetadata> {
  const rewritten: Record<string, unknown> = { ...metadata };
  for (const [key, value] of Object.entries(metadata)) {
    if (key !== 'issuer' && typeof value === 'string' && /^https?:\/\//.test(value)) {
      const url = new URL(value);
      rewritten[key] = `${origin}${url.pathname}${url.search}`;
    }
  }
  return rewritten as Partial<OidcMetadata>;
}

export async function createOidcAuthService(
  config: PublicConfig,
  options: { readonly origin?: string; readonly devSameOrigin?: boolean } = {},
): Promise<AuthService> {
  const origin = options.origin ?? window.location.origin;
  const settings = userManagerSettings(config, origin);
  if (options.devSameOrigin) {
    const response = await fetch(`${origin}/.well-known/openid-configuration`);
    if (!response.ok) {
      throw new Error(`The provider's metadata could not be loaded (HTTP ${response.status}).`);
    }
    settings.metadata = sameOriginMetadata((await response.json()) as Partial<OidcMetadata>, origin);
  }
  return new OidcAuthService(new UserManager(settings));
}

class OidcAuthService implements AuthService {
  private readonly listeners = new Set<(session: Session | null) => void>();

  constructor(private readonly userManager: UserManager) {
    userManager.events.addAccessTokenExpiring(() => void this.renew());
    userManager.events.addAccessTokenExpired(() => void this.expire());
    void userManager.clearStaleState();
  }

  async restore(): Promise<Session | null> {
    await this.finishLogoutReturn();
    const user = await this.userManager.getUser();
    if (!user || user.expired) {
      if (user) {
        await this.userManager.removeUser();
      }
      return null;
    }
    return this.sessionFor(user);
  }

  async login(returnTo: string | null, intent: LoginIntent = 'login'): Promise<void> {
    const state: LoginState = { returnTo: returnTo && isLocalPath(returnTo) ? returnTo : null };
    // prompt=create (OpenID Connect "Initiating User Registration") opens the provider's registration page
    await this.userManager.signinRedirect(intent === 'register' ? { state, prompt: 'create' } : { state });
  }

  async completeLogin(): Promise<CompletedLogin> {
    const user = await this.userManager.signinRedirectCallback();
    try {
      const session = await this.sessionFor(user);
      const state = user.state as Partial<LoginState> | undefined;
      return { session, returnTo: typeof state?.returnTo === 'string' ? state.returnTo : null };
    } catch (error) {
      // Without the user's details the app cannot decide anything: do not keep half a login.
      await this.userManager.removeUser();
      throw error;
    }
  }

  async logout(): Promise<void> {
    // signoutRedirect removes the user before it navigates, so a failure still logs out locally.
    await this.userManager.signoutRedirect();
  }

  onSessionChange(listener: (session: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async sessionFor(user: User): Promise<Session> {
    return { accessToken: user.access_token, me: await fetchMe(user.access_token) };
  }

  private async renew(): Promise<void> {
    const current = await this.userManager.getUser();
    if (!current?.refresh_token) {
      return;
    }
    try {
      const renewed = await this.userManager.signinSilent();
      if (renewed) {
        const session = await this.sessionFor(renewed);
        this.listeners.forEach((listener) => listener(session));
      }
    } catch {
      // The expired event follows and ends the session visibly.
    }
  }

  private async expire(): Promise<void> {
    await this.userManager.removeUser();
    this.listeners.forEach((listener) => listener(null));
  }

  // After the provider's end-session page the browser comes back to "/?state=…": consume that
  // state so it does not linger in storage, and clean the address bar.
  private async finishLogoutReturn(): Promise<void> {
    const url = new URL(window.location.href);
    if (url.pathname !== '/' || !url.searchParams.has('state')) {
      return;
    }
    try {
      await this.userManager.signoutRedirectCallback();
    } catch {
      // Not ours, or already consumed: nothing to finish.
    }
    window.history.replaceState(window.history.state, '', '/');
  }
}
