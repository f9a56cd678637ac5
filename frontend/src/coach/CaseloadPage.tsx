import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useLoad } from '../employer/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchCaseload } from './coachApi';

const pageSize = 20;

/** /jobcoach/caseload: the people who asked for a coach in the coach's regions, pseudonymous, with their best vacancies. */
export function CaseloadPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('coachCaseload.title'));
  const [region, setRegion] = useState('');
  const [page, setPage] = useState(0);
  const loaded = useLoad(`${region}-${page}-${language}`, (signal) =>
    fetchCaseload({ region, page }, language, session.accessToken, signal),
  );
  const date = (iso: string) => formatDate(iso, language);
  const percent = (score: number) => `${Math.round(score * 100)}%`;
  return (
    <>
      <p>
        <Link to="/jobcoach">{t('coachCaseload.back')}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('jobcoach.title')}</p>
        <h1>{t('coachCaseload.title')}</h1>
        <p className="lead">{t('coachCaseload.intro')}</p>
      </header>
      <section className="panel" aria-labelledby="caseload-filter-heading">
        <h2 id="caseload-filter-heading" className="visually-hidden">
          {t('coachCaseload.filter.heading')}
        </h2>
        <FormField id="caseload-region" label={t('coachCaseload.filter.region')}>
          {(control) => (
            <select
              {...control}
              value={region}
              onChange={(e) => {
                setRegion(e.target.value);
                setPage(0);
              }}
            >
              <option value="">{t('coachCaseload.filter.all')}</option>
              {session.me.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name ? `${r.name} (${r.code})` : r.code}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </section>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('coachCaseload.loading')}</p>}
        {loaded.status === 'done' && <p>{t('coachCaseload.count', { count: String(loaded.value.total) })}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="coachCaseload.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.items.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('coachCaseload.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coachCaseload.col.candidate')}</th>
                <th scope="col">{t('coachCaseload.col.region')}</th>
                <th scope="col">{t('coachCaseload.col.skills')}</th>
                <th scope="col">{t('coachCaseload.col.matches')}</th>
                <th scope="col">{t('coachCaseload.col.proposals')}</th>
                <th scope="col">{t('coachCaseload.col.lastNote')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.items.map((row) => (
                <tr key={row.profileId}>
                  <th scope="row">
                    <Link to={`/jobcoach/kandidaten/${row.profileId}`}>{row.label}</Link>
                  </th>
                  <td>{row.regionName ? `${row.regionName} (${row.region})` : row.region}</td>
                  <td>{row.skills}</td>
                  <td>
                    {row.topMatches.length === 0 ? (
                      t('coachCaseload.noMatches')
                    ) : (
                      <ul className="result-list">
                        {row.topMatches.map((m) => (
                          <li key={m.vacancyId}>
                            {m.title} — {m.employer} ({percent(m.score)})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>{row.openProposals}</td>
                  <td>{row.lastNoteAt ? date(row.lastNoteAt) : t('coachCaseload.noNote')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded.status === 'done' && loaded.value.total > pageSize && (
        <nav aria-label={t('coachCaseload.pages')} className="pager">
          <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('coachCaseload.previous')}
          </button>{' '}
          <span>{t('coachCaseload.pageOf', { page: String(page + 1), pages: String(Math.ceil(loaded.value.total / pageSize)) })}</span>{' '}
          <button
            type="button"
            className="button button-secondary"
            disabled={(page + 1) * pageSize >= loaded.value.total}
            onClick={() => setPage(page + 1)}
          >
            {t('coachCaseload.next')}
          </button>
        </nav>
      )}
    </>
  );
}
