import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { useAuth } from './AuthProvider';
import { destinationAfterLogin } from './roles';

type CallbackState =
  | { readonly kind: 'busy' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'no-role' };

/** /auth/callback: completes the login and sends the user to their role's page, or says what went wrong. */
export function CallbackPage() {
  const { t } = useI18n();
  const { completeLogin, login } = useAuth();
  const navigate = useNavigate();
  const [state, setState] = useState<CallbackState>({ kind: 'busy' });
  useDocumentTitle(t('callback.title'));

  useEffect(() => {
    let active = true;
    completeLogin().then(
      ({ session, returnTo }) => {
        if (!active) return;
        const destination = destinationAfterLogin(session.me.roles, returnTo);
        if (destination) {
          navigate(destination, { replace: true });
        } else {
          setState({ kind: 'no-role' });
        }
      },
      (error: unknown) => {
        if (active) setState({ kind: 'failed', error });
      },
    );
    return () => {
      active = false;
    };
  }, [completeLogin, navigate]);

  switch (state.kind) {
    case 'busy':
      return (
        <section aria-labelledby="callback-heading">
          <h1 id="callback-heading">{t('callback.title')}</h1>
          <p role="status">{t('callback.busy')}</p>
        </section>
      );
    case 'no-role':
      return (
        <section className="panel" aria-labelledby="callback-heading">
          <h1 id="callback-heading">{t('callback.noRole.heading')}</h1>
          <p>{t('callback.noRole.text')}</p>
          <p>
            <Link to="/">{t('callback.error.home')}</Link>
          </p>
        </section>
      );
    case 'failed':
      return (
        <section aria-labelledby="callback-heading">
          <h1 id="callback-heading">{t('callback.error.heading')}</h1>
          <ErrorAlert headline="callback.error.intro" error={state.error} />
          <div className="actions">
            <button type="button" className="button" onClick={() => void login(null)}>
              {t('callback.error.retry')}
            </button>
            <Link to="/">{t('callback.error.home')}</Link>
          </div>
        </section>
      );
  }
}
