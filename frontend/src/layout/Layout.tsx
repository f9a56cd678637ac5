import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { landingRoutes, roleLabels } from '../auth/roles';
import { notificationSettingsPath } from '../notifications/NotificationSettingsPage';
import { feedRoles, useRegionFeed } from '../coach/RegionFeedProvider';
import { UnreadBadge } from '../coach/UnreadBadge';
import { useI18n } from '../i18n/I18nProvider';
import { LanguagePreferenceSync } from '../preferences/LanguagePreferenceSync';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FlashMessage } from '../ui/FlashMessage';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t, language } = useI18n();
  const { state, version } = useAuth();
  const mainRef = useMoveFocusToMainOnNavigation();
  const roles = state.status === 'authenticated' ? state.session.me.roles : [];
  const unread = useRegionFeed()?.unread ?? 0;

  return (
    <>
      <a className="skip-link" href="#inhoud">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="container header-bar">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <nav aria-label={t('layout.nav.label')} className="site-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('layout.nav.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/ontdekken">{t('layout.nav.explore')}</NavLink>
              </li>
              <li>
                <NavLink to="/vaardigheden">{t('skills.nav')}</NavLink>
              </li>
              {roles.map((role) => (
                <li key={role}>
                  <NavLink to={landingRoutes[role]}>
                    {t(roleLabels[role])}
                    {feedRoles.includes(role) && <UnreadBadge count={unread} />}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            <AccountControl />
          </div>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} ref={mainRef} className="container site-main">
        <AuthMessages />
        <FlashMessage />
        <LanguagePreferenceSync />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          {/* The licence asks for the attribution in these exact English words; a Dutch page says it in Dutch first. */}
          {language === 'en' ? (
            <p>{t('layout.footer.esco')}</p>
          ) : (
            <p>
              {t('layout.footer.escoInLanguage')} (<span lang="en">{t('layout.footer.esco')}</span>)
            </p>
          )}
          <p>{t('layout.footer.crosswalks')}</p>
          <p>{t('layout.footer.regions')}</p>
          {/* a server page (Swagger UI), not a route of the app */}
          <p>
            <a href="/swagger-ui/index.html">{t('apiDocs.footer.link')}</a>
          </p>
          {version && <p className="muted">{t('layout.footer.version', { version })}</p>}
        </div>
      </footer>
    </>
  );
}

function AccountControl() {
  const { t } = useI18n();
  const { state, login, logout } = useAuth();
  const navigate = useNavigate();
  if (state.status === 'authenticated') {
    return (
      <div className="account">
        <span className="account-name">{t('layout.user.label', { name: state.session.me.name })}</span>
        <Link to={notificationSettingsPath} className="account-settings">
          {t('notifications.nav')}
        </Link>
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            await logout();
            // Reached only when the provider's end-session page could not be opened.
            navigate('/');
          }}
        >
          {t('auth.logout')}
        </button>
      </div>
    );
  }
  const unavailable = state.status === 'loading' || state.status === 'unavailable';
  return (
    <div className="account">
      <button type="button" className="button" disabled={unavailable} onClick={() => void login(null)}>
        {t('auth.login')}
      </button>
      <button type="button" className="button button-secondary" disabled={unavailable} onClick={() => void login(null, 'register')}>
        {t('auth.register')}
      </button>
    </div>
  );
}

function AuthMessages() {
  const { t } = useI18n();
  const { state, alert, dismissMessage } = useAuth();
  return (
    <>
      {state.status === 'unavailable' && <ErrorAlert headline="auth.error.configUnavailable" error={state.error} />}
      {alert && <ErrorAlert headline={alert.headline} error={alert.error} onDismiss={dismissMessage} />}
      {state.status === 'anonymous' && state.notice && (
        <div className="alert alert-info" role="status">
          <p>{t(state.notice === 'sessionExpired' ? 'auth.notice.sessionExpired' : 'auth.notice.logoutIncomplete')}</p>
          <button type="button" className="button button-secondary" onClick={dismissMessage}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}

/**
 * After a client-side navigation, focus moves to <main> so keyboard and screen-reader users start
 * reading the new page, as they would after a full page load. The first render keeps the browser's focus.
 */
function useMoveFocusToMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current !== pathname) {
      previous.current = pathname;
      mainRef.current?.focus();
    }
  }, [pathname]);
  return mainRef;
}
