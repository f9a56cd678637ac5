import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { landingRouteFor, roleLabels } from '../auth/roles';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { useDocumentTitle } from '../ui/useDocumentTitle';

const audiences: readonly { readonly title: MessageKey; readonly text: MessageKey }[] = [
  { title: 'home.roles.jobSeeker.title', text: 'home.roles.jobSeeker.text' },
  { title: 'home.roles.employer.title', text: 'home.roles.employer.text' },
  { title: 'home.roles.jobcoach.title', text: 'home.roles.jobcoach.text' },
  { title: 'home.roles.regio.title', text: 'home.roles.regio.text' },
  { title: 'home.roles.admin.title', text: 'home.roles.admin.text' },
];

/** The public front page: what Vaardig is, what each role finds, and the way in. */
export function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(t('home.title'));
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t('home.heading')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </section>

      <div className="columns">
        <section aria-labelledby="audience-heading">
          <h2 id="audience-heading">{t('home.audience.heading')}</h2>
          <p>{t('home.audience.text')}</p>
        </section>
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading">{t('home.skills.heading')}</h2>
          <p>{t('home.skills.text')}</p>
        </section>
      </div>

      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t('home.roles.heading')}</h2>
        <ul className="card-grid">
          {audiences.map((audience) => (
            <li key={audience.title} className="card">
              <h3>{t(audience.title)}</h3>
              <p>{t(audience.text)}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="columns">
        <LoginPanel />
        <section className="panel" aria-labelledby="explore-heading">
          <h2 id="explore-heading">{t('home.explore.heading')}</h2>
          <p>{t('home.explore.text')}</p>
          <p>
            <Link className="button" to="/ontdekken">
              {t('home.explore.link')}
            </Link>
          </p>
          <p>
            <Link to="/vaardigheden">{t('skills.homeLink')}</Link>
          </p>
          <p>{t('skills.homeText')}</p>
          <p>
            <Link to="/regio/openbaar">{t('lmi.public.title')}</Link>
          </p>
        </section>
      </div>
    </>
  );
}

function LoginPanel() {
  const { t } = useI18n();
  const { state, login } = useAuth();
  if (state.status === 'authenticated') {
    const landing = landingRouteFor(state.session.me.roles);
    const firstRole = state.session.me.roles[0];
    return (
      <section className="panel panel-accent" aria-labelledby="login-heading">
        <h2 id="login-heading">{t('layout.user.label', { name: state.session.me.name })}</h2>
        {landing && firstRole && (
          <p>
            <Link to={landing}>{t(roleLabels[firstRole])}</Link>
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="panel panel-accent" aria-labelledby="login-heading">
      <h2 id="login-heading">{t('home.login.heading')}</h2>
      <p>{t('home.login.text')}</p>
      <button
        type="button"
        className="button button-large"
        disabled={state.status === 'loading' || state.status === 'unavailable'}
        onClick={() => void login(null)}
      >
        {t('auth.login')}
      </button>
    </section>
  );
}
