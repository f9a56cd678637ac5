import type { Me } from './me';

/** Sign in with an existing account, or create one first (OIDC prompt=create) and come back signed in. */
export type LoginIntent = 'login' | 'register';

/** A logged-in user: the token for API calls and who they are. */
export interface Session {
  readonly accessToken: string;
  readonly me: Me;
}

export interface CompletedLogin {
  readonly session: Session;
  /** The local path the user wanted before logging in, if a guard remembered one. */
  readonly returnTo: string | null;
}

/**
 * What the app needs from the login machinery. The real one is OIDC (oidcAuthService.ts); tests
 * pass a fake, so pages and the guard are tested without a browser redirect.
 */
export interface AuthService {
  /** The session kept from an earlier login in this tab, or null. */
  restore(): Promise<Session | null>;
  /** Leaves the page for the provider's login screen, or its registration page when `intent` is 'register'. */
  login(returnTo: string | null, intent?: LoginIntent): Promise<void>;
  /** On /auth/callback: exchanges the code for tokens and loads the user. */
  completeLogin(): Promise<CompletedLogin>;
  /** Forgets the session here and leaves for the provider's end-session page. */
  logout(): Promise<void>;
  /** Called with a new session when tokens are renewed, or null when the session expired. */
  onSessionChange(listener: (session: Session | null) => void): () => void;
}
