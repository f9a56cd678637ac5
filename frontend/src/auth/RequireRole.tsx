import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useAuth } from './AuthProvider';
import type { Session } from './authService';
import { decideAccess, roleLabels, type Role } from './roles';

interface RequireRoleProps {
  /** Without a role: any signed-in person (their own settings, e.g. e-mail notifications). */
  readonly role?: Role;
  readonly children: (session: Session) => ReactNode;
}

/** Shows a role's page only to users with that role; everyone else gets a clear page saying why. */
export function RequireRole({ role, children }: RequireRoleProps) {
  const { state } = useAuth();
  if (state.status === 'loading') {
    return <Loading />;
  }
  const session = state.status === 'authenticated' ? state.session : null;
  const decision =
    role === undefined
      ? session
        ? ({ kind: 'allowed' } as const)
        : ({ kind: 'login-required' } as const)
      : decideAccess(role, session ? session.me.roles : null);
  switch (decision.kind) {
    case 'allowed':
      return <>{children(session as Session)}</>;
    case 'login-required':
      return <LoginRequired />;
    case 'forbidden':
      return <Forbidden required={decision.required} ownRoles={session?.me.roles ?? []} ownLanding={decision.ownLanding} />;
  }
}

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="muted">
      {t('auth.loading')}
    </p>
  );
}

function LoginRequired() {
  const { t } = useI18n();
  const { login, state } = useAuth();
  const location = useLocation();
  useDocumentTitle(t('guard.loginRequired.heading'));
  return (
    <section className="panel" aria-labelledby="guard-heading">
      <h1 id="guard-heading">{t('guard.loginRequired.heading')}</h1>
      <p>{t('guard.loginRequired.text')}</p>
      <button
        type="button"
        className="button"
        disabled={state.status === 'unavailable'}
        onClick={() => void login(location.pathname + location.search)}
      >
        {t('auth.login')}
      </button>
    </section>
  );
}

function Forbidden({ required, ownRoles, ownLanding }: { required: Role; ownRoles: readonly Role[]; ownLanding: string | null }) {
  const { t } = useI18n();
  useDocumentTitle(t('guard.forbidden.heading'));
  const ownRoleNames = ownRoles.map((role) => t(roleLabels[role])).join(', ');
  return (
    <section className="panel" aria-labelledby="guard-heading">
      <h1 id="guard-heading">{t('guard.forbidden.heading')}</h1>
      <p>{t('guard.forbidden.text', { role: t(roleLabels[required]), ownRoles: ownRoleNames || '–' })}</p>
      <p>
        {ownLanding ? (
          <Link to={ownLanding}>{t('guard.forbidden.toOwnPage')}</Link>
        ) : (
          <Link to="/">{t('guard.forbidden.home')}</Link>
        )}
      </p>
    </section>
  );
}
