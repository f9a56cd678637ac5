import type { Session } from '../auth/authService';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { fetchGaps, type Gaps } from './teamApi';
import { useLoad } from './useLoad';

/** The reading in words, then the gaps (essential first) and the skills the team already covers, as tables. */
export function TeamGapsSection({ session, refresh }: { session: Session; refresh: number }) {
  const { t, language } = useI18n();
  const loaded = useLoad(`${language}-${refresh}`, (signal) => fetchGaps(language, session.accessToken, signal));
  return (
    <section aria-labelledby="team-gaps-heading" className="panel">
      <h2 id="team-gaps-heading">{t('team.gaps.heading')}</h2>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('team.gaps.loading')}</p>}
        {loaded.status === 'done' && <p className="reading">{reading(loaded.value, t)}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="team.gaps.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.gaps.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('team.gaps.caption')}>
          <table className="data-table">
            <caption>{t('team.gaps.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.gaps.skill')}</th>
                <th scope="col">{t('team.gaps.essential')}</th>
                <th scope="col">{t('team.gaps.vacancies')}</th>
                <th scope="col">{t('team.gaps.routes')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.gaps.map((g) => (
                <tr key={g.skill.uri}>
                  <th scope="row">
                    <ConceptLabel {...g.skill} />
                  </th>
                  <td>{g.essential ? t('team.gaps.essentialIn', { count: String(g.essentialIn) }) : t('team.gaps.optional')}</td>
                  <td>{g.vacancies}</td>
                  <td>
                    {g.routes.length === 0 ? (
                      <span className="muted">{t('team.gaps.noRoutes')}</span>
                    ) : (
                      <ul className="route-list">
                        {g.routes.map((r) => (
                          <li key={r.id}>
                            {t('team.gaps.route', { title: r.title, provider: r.provider, weeks: String(r.durationWeeks) })}
                            {r.online && ` · ${t('team.gaps.online')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.status === 'done' && loaded.value.covered.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('team.covered.caption')}>
          <table className="data-table">
            <caption>{t('team.covered.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.gaps.skill')}</th>
                <th scope="col">{t('team.gaps.vacancies')}</th>
                <th scope="col">{t('team.covered.roles')}</th>
                <th scope="col">{t('team.covered.people')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.covered.map((c) => (
                <tr key={c.skill.uri}>
                  <th scope="row">
                    <ConceptLabel {...c.skill} />
                  </th>
                  <td>{c.vacancies}</td>
                  <td>{c.roles}</td>
                  <td>{c.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The reading in one or two sentences, so the tables are not the only way to get the message. */
export function reading(g: Gaps, t: Translate): string {
  if (g.openVacancies === 0) return t('team.reading.noVacancies');
  const needed = g.gaps.length + g.covered.length;
  const essentialGaps = g.gaps.filter((s) => s.essential).length;
  const summary = t('team.reading.summary', {
    vacancies: String(g.openVacancies),
    needed: String(needed),
    gaps: String(g.gaps.length),
    essential: String(essentialGaps),
  });
  const top = g.gaps[0];
  return top ? `${summary} ${t('team.reading.top', { skill: top.skill.label, count: String(top.vacancies) })}` : `${summary} ${t('team.reading.allCovered')}`;
}
