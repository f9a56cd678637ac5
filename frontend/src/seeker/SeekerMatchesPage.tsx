import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { MatchExplanation, ScoreBadge } from '../explore/MatchExplanation';
import type { VacancyResult } from '../explore/matchApi';
import { RoutesLoader } from '../explore/RoutesLoader';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchOwnRoutes, fetchOwnVacancyMatches } from './seekerApi';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly items: readonly VacancyResult[] }
  | { readonly status: 'error'; readonly error: unknown };

/** The stored profile matched: ranked vacancies with what matches, partly matches and is missing, and routes. */
export function SeekerMatchesPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('seeker.matches.title'));
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let active = true;
    setState({ status: 'loading' });
    fetchOwnVacancyMatches(session.accessToken, language).then(
      (items) => active && setState({ status: 'done', items }),
      (error: unknown) => active && setState({ status: 'error', error }),
    );
    return () => {
      active = false;
    };
  }, [session.accessToken, language]);

  return (
    <>
      <header className="page-header">
        <p>
          <Link to="/werkzoekende">{t('seeker.nav.back')}</Link>
        </p>
        <h1>{t('seeker.matches.title')}</h1>
        <p className="lead">{t('seeker.matches.intro')}</p>
      </header>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className="progress">{t('seeker.matches.loading')}</p>}
      </div>
      {state.status === 'error' && <ErrorAlert headline="seeker.matches.failed" error={state.error} />}
      {state.status === 'done' && state.items.length === 0 && <p className="muted">{t('seeker.matches.none')}</p>}
      {state.status === 'done' && state.items.length > 0 && (
        <ol className="result-list">
          {state.items.map((result, index) => {
            const v = result.vacancy;
            const headingId = `vacancy-${v.id}`;
            return (
              <li key={v.id} className="card result-card" aria-labelledby={headingId}>
                <h2 id={headingId}>
                  <span className="visually-hidden">{t('explore.results.rank', { rank: String(index + 1) })} </span>
                  {v.title} {v.synthetic && <span className="tag tag-demo">{t('explore.demo')}</span>}
                </h2>
                <p className="muted">
                  {v.employer} · {v.regionName} ({v.region}) · {t('explore.hours', { min: String(v.hoursMin), max: String(v.hoursMax) })}
                </p>
                <ScoreBadge explanation={result.explanation} />
                <MatchExplanation explanation={result.explanation} idPrefix={headingId} headingLevel={3} />
                <RoutesLoader
                  buttonLabel={t('seeker.matches.routes')}
                  load={() => fetchOwnRoutes(session.accessToken, language, { vacancyId: v.id })}
                  headingLevel={3}
                />
              </li>
            );
          })}
        </ol>
      )}
      <section className="panel" aria-labelledby="seeker-region-routes">
        <h2 id="seeker-region-routes">{t('seeker.matches.regionRoutes.heading')}</h2>
        <RoutesLoader
          buttonLabel={t('seeker.matches.regionRoutes.show')}
          load={() => fetchOwnRoutes(session.accessToken, language, {})}
          headingLevel={3}
        />
      </section>
    </>
  );
}
