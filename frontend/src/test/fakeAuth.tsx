import { render, type RenderResult } from '@testing-library/react';
import { StrictMode, type ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import type { AuthService, CompletedLogin, Session } from '../auth/authService';
import { AuthProvider } from '../auth/AuthProvider';
import type { Me } from '../auth/me';
import type { Role } from '../auth/roles';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Language } from '../i18n/dictionary';

export function sessionFor(roles: Role[], overrides: Partial<Me> = {}): Session {
  return {
    accessToken: 'token-' + roles.join('-'),
    me: {
      subject: 'subject-1',
      username: 'werkzoekende',
      name: 'Sanne de Vries',
      roles,
      regions: [],
      organisation: null,
      language: 'nl',
      ...overrides,
    },
  };
}

/** An AuthService that never leaves the page: tests decide what each step returns. */
export class FakeAuthService implements AuthService {
  loginCalls: (string | null)[] = [];
  logoutCalls = 0;
  completeLoginCalls = 0;
  private readonly listeners = new Set<(session: Session | null) => void>();

  constructor(
    private readonly restored: Session | null = null,
    private readonly completion: () => Promise<CompletedLogin> = () => Promise.reject(new Error('not a callback')),
  ) {}

  restore(): Promise<Session | null> {
    return Promise.resolve(this.restored);
  }

  login(returnTo: string | null): Promise<void> {
    this.loginCalls.push(returnTo);
    return Promise.resolve();
  }

  completeLogin(): Promise<CompletedLogin> {
    this.completeLoginCalls += 1;
    return this.completion();
  }

  logout(): Promise<void> {
    this.logoutCalls += 1;
    return Promise.resolve();
  }

  onSessionChange(listener: (session: Session | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Simulates the provider's token expiring (null) or being renewed. */
  emit(session: Session | null): void {
    this.listeners.forEach((listener) => listener(session));
  }
}

interface RenderOptions {
  readonly service?: AuthService;
  readonly setup?: () => Promise<{ service: AuthService; version: string | null }>;
  readonly language?: Language;
  readonly path?: string;
  readonly isCallback?: boolean;
  /** Routes beside the page under test, e.g. landing pages to navigate to. */
  readonly routes?: { path: string; element: ReactElement }[];
}

/** Renders `ui` at `path` inside the app's providers, with a fake login service. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const service = options.service ?? new FakeAuthService();
  const setup = options.setup ?? (() => Promise.resolve({ service, version: '0.1.0-test' }));
  const path = options.path ?? '/';
  // StrictMode as in the app: effects run twice, which is what breaks single-use steps like the callback.
  return render(
    <StrictMode>
      <I18nProvider {...(options.language ? { initialLanguage: options.language } : {})}>
        <AuthProvider setup={setup} isCallback={options.isCallback ?? false}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={path.split('?')[0]} element={ui} />
              {(options.routes ?? []).map((route) => (
                <Route key={route.path} path={route.path} element={route.element} />
              ))}
              <Route path="*" element={<CurrentPath />} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

/** Shown for any route a test did not register: lets a test see where the app navigated to. */
export function CurrentPath() {
  const location = useLocation();
  return <p data-testid="current-path">{location.pathname + location.search}</p>;
}
