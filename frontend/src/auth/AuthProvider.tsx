import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/dictionary';
import type { AuthService, CompletedLogin, LoginIntent, Session } from './authService';

/** Why the user is not (or no longer) logged in, when there is something to tell them. */
export type AuthNotice = 'sessionExpired' | 'logoutIncomplete';

export type AuthState =
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous'; readonly notice?: AuthNotice }
  | { readonly status: 'authenticated'; readonly session: Session }
  /** The login machinery could not be set up (e.g. /api/public/config failed): public pages still work. */
  | { readonly status: 'unavailable'; readonly error: unknown };

/** A failure to show in the page, with the user's words for what failed. */
export interface AuthAlert {
  readonly headline: MessageKey;
  readonly error: unknown;
}

export interface AuthContextValue {
  readonly state: AuthState;
  readonly alert: AuthAlert | null;
  readonly version: string | null;
  readonly login: (returnTo?: string | null, intent?: LoginIntent) => Promise<void>;
  readonly completeLogin: () => Promise<CompletedLogin>;
  readonly logout: () => Promise<void>;
  readonly dismissMessage: () => void;
}

export interface AuthSetup {
  readonly service: AuthService;
  readonly version: string | null;
}

const AuthContext = createContext<AuthContextValue | null>(null);

interface AuthProviderProps {
  /** Builds the service once (fetching the public config); failures leave the app usable without login. */
  readonly setup: () => Promise<AuthSetup>;
  /** True on the OIDC callback route: the callback page completes the login instead of a restore. */
  readonly isCallback: boolean;
  readonly children: ReactNode;
}

export function AuthProvider({ setup, isCallback, children }: AuthProviderProps) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [version, setVersion] = useState<string | null>(null);
  const [alert, setAlert] = useState<AuthAlert | null>(null);
  const setupRef = useRef<Promise<AuthSetup> | null>(null);
  const completionRef = useRef<Promise<CompletedLogin> | null>(null);

  // One setup per provider, even when React runs effects twice in development.
  const ready = useCallback((): Promise<AuthSetup> => {
    setupRef.current ??= setup();
    return setupRef.current;
  }, [setup]);

  useEffect(() => {
    let active = true;
    let unsubscribe: () => void = () => {};
    ready().then(
      async ({ service, version: appVersion }) => {
        if (!active) return;
        setVersion(appVersion);
        unsubscribe = service.onSessionChange((session) =>
          setState(session ? { status: 'authenticated', session } : { status: 'anonymous', notice: 'sessionExpired' }),
        );
        if (isCallback) return;
        try {
          const session = await service.restore();
          if (active) setState(session ? { status: 'authenticated', session } : { status: 'anonymous' });
        } catch (error) {
          if (active) {
            setState({ status: 'anonymous' });
            setAlert({ headline: 'auth.error.meFailed', error });
          }
        }
      },
      (error: unknown) => {
        if (active) setState({ status: 'unavailable', error });
      },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [ready, isCallback]);

  const login = useCallback(
    async (returnTo: string | null = null, intent: LoginIntent = 'login') => {
      setAlert(null);
      try {
        const { service } = await ready();
        await service.login(returnTo, intent);
      } catch (error) {
        setAlert({ headline: 'auth.error.loginFailed', error });
      }
    },
    [ready],
  );

  const completeLogin = useCallback((): Promise<CompletedLogin> => {
    // The authorization code can be redeemed once: a second call (StrictMode) shares the first.
    completionRef.current ??= ready()
      .then(({ service }) => service.completeLogin())
      .then(
        (completed) => {
          setState({ status: 'authenticated', session: completed.session });
          return completed;
        },
        (error: unknown) => {
          setState({ status: 'anonymous' });
          throw error;
        },
      );
    return completionRef.current;
  }, [ready]);

  const logout = useCallback(async () => {
    setAlert(null);
    try {
      const { service } = await ready();
      await service.logout();
    } catch {
      setState({ status: 'anonymous', notice: 'logoutIncomplete' });
    }
  }, [ready]);

  const dismissMessage = useCallback(() => {
    setAlert(null);
    setState((current) => (current.status === 'anonymous' ? { status: 'anonymous' } : current));
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ state, alert, version, login, completeLogin, logout, dismissMessage }),
    [state, alert, version, login, completeLogin, logout, dismissMessage],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return context;
}
