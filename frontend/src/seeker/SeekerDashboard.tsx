import { useEffect, useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { roleLabels } from '../auth/roles';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { consentTexts } from './consentTexts';
import { regionNames } from './RegionSelect';
import { activeConsents, consentKinds, fetchConsents, fetchOwnProfile, type Consents, type SeekerProfile } from './seekerApi';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'ready'; readonly profile: SeekerProfile; readonly consents: Consents }
  | { readonly status: 'error'; readonly error: unknown };

/** The job seeker's start page: profile and consent status, and the way to everything else. */
export function SeekerDashboard({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const title = t('seeker.dashboard.title', { name: session.me.name });
  useDocumentTitle(title);

  useEffect(() => {
    let active = true;
    (async () => {
      const profile = await fetchOwnProfile(session.accessToken, language);
      if (!profile) return { status: 'none' } as const;
      return { status: 'ready', profile, consents: await fetchConsents(session.accessToken, language) } as const;
    })().then(
      (next) => active && setState(next),
      (error: unknown) => active && setState({ status: 'error', error }),
    );
    return () => {
      active = false;
    };
  }, [session.accessToken, language]);

  if (state.status === 'none') return <Navigate to="/werkzoekende/welkom" replace />;
  const given = state.status === 'ready' ? activeConsents(state.consents) : {};
  return (
    <>
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{t('seeker.dashboard.intro')}</p>
        <dl className="facts">
          <div>
            <dt>{t('landing.account.role')}</dt>
            <dd>{t(roleLabels.JOB_SEEKER)}</dd>
          </div>
        </dl>
      </header>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className="progress">{t('seeker.dashboard.loading')}</p>}
      </div>
      {state.status === 'error' && <ErrorAlert headline="seeker.profile.loadFailed" error={state.error} />}
      {state.status === 'ready' && (
        <>
          <section className="panel" aria-labelledby="seeker-profile-heading">
            <h2 id="seeker-profile-heading">{t('seeker.dashboard.profile.heading')}</h2>
            <p>
              {t('seeker.dashboard.profile.status', {
                count: state.profile.skills.length,
                region: regionNames([state.profile.region]),
                version: state.profile.version,
              })}
            </p>
            <p>{t('seeker.dashboard.pseudonym', { code: state.profile.id.slice(0, 4).toUpperCase() })}</p>
          </section>
          <section className="panel" aria-labelledby="seeker-consents-heading">
            <h2 id="seeker-consents-heading">{t('seeker.dashboard.consents.heading')}</h2>
            <ul>
              {consentKinds.map((kind) => {
                const record = given[kind];
                return (
                  <li key={kind}>
                    <strong>{t(consentTexts[kind].title)}</strong>:{' '}
                    {record
                      ? t('seeker.consents.active', {
                          date: formatDate(record.givenAt, language),
                          regions: regionNames(record.regions),
                        })
                      : t('seeker.consents.inactive')}
                  </li>
                );
              })}
            </ul>
          </section>
        </>
      )}
      <nav className="panel" aria-labelledby="seeker-links-heading">
        <h2 id="seeker-links-heading">{t('seeker.dashboard.links.heading')}</h2>
        <ul>
          <li><Link to="/werkzoekende/profiel">{t('seeker.nav.profile')}</Link></li>
          <li><Link to="/werkzoekende/matches">{t('seeker.nav.matches')}</Link></li>
          <li><Link to="/werkzoekende/vergelijken">{t('compare.title')}</Link></li>
          <li><Link to="/werkzoekende/toekomst">{t('outlook.nav')}</Link></li>
          <li><Link to="/werkzoekende/toestemmingen">{t('seeker.nav.consents')}</Link></li>
          <li><Link to="/werkzoekende/paspoort">{t('passport.nav')}</Link></li>
          <li><Link to="/werkzoekende/gegevens">{t('seeker.nav.data')}</Link></li>
          <li><Link to="/werkzoekende/uitnodigingen">{t('seeker.nav.invitations')}</Link></li>
          <li><Link to="/werkzoekende/voorstellen">{t('seeker.nav.proposals')}</Link></li>
        </ul>
      </nav>
    </>
  );
}
