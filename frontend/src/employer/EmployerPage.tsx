import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import type { MessageKey } from '../i18n/dictionary';
import { RoleLanding } from '../landing/RoleLanding';
import { arbeidsmarktregioNames } from '../regions/arbeidsmarktregios';
import { IncomingProposalsLink } from '../proposals/IncomingProposalsLink';
import { ErrorAlert } from '../ui/ErrorAlert';
import { fetchOwnVacancies } from './employerApi';
import { useLoad } from './useLoad';

const statusLabels: Record<string, MessageKey> = {
  DRAFT: 'employer.list.status.DRAFT',
  PUBLISHED: 'employer.list.status.PUBLISHED',
  CLOSED: 'employer.list.status.CLOSED',
};

/** /werkgever: the organisation's own vacancies, each with a way to its ranked, consenting candidates. */
export function EmployerPage({ session }: { session: Session }) {
  return (
    <RoleLanding role="EMPLOYER" session={session} title="employer.title" intro="employer.intro" show={{ organisation: true }} offers={[]}>
      <IncomingProposalsLink />
      <OwnVacancies session={session} />
    </RoleLanding>
  );
}

function OwnVacancies({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const vacancies = useLoad('own', (signal) => fetchOwnVacancies(session.accessToken, signal));
  const date = (iso: string) => formatDate(iso, language);
  return (
    <section aria-labelledby="own-vacancies-heading" className="panel">
      <h2 id="own-vacancies-heading">{t('employer.list.heading')}</h2>
      <p>
        <Link className="button" to="/werkgever/vacatures/nieuw">
          {t('employer.list.new')}
        </Link>{' '}
        <Link className="button button-secondary" to="/werkgever/team">
          {t('team.link')}
        </Link>{' '}
        <Link className="button button-secondary" to="/werkgever/paspoorten">
          {t('passport.sharedWithMe.title')}
        </Link>
      </p>
      <div role="status" aria-live="polite">
        {vacancies.status === 'loading' && <p className="progress">{t('employer.list.loading')}</p>}
      </div>
      {vacancies.status === 'error' && <ErrorAlert headline="employer.list.failed" error={vacancies.error} />}
      {vacancies.status === 'done' && vacancies.value.length === 0 && <p>{t('employer.list.empty')}</p>}
      {vacancies.status === 'done' && vacancies.value.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('employer.list.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employer.list.title')}</th>
                <th scope="col">{t('employer.list.region')}</th>
                <th scope="col">{t('employer.list.status')}</th>
                <th scope="col">{t('employer.list.valid')}</th>
                <th scope="col">{t('employer.list.candidates')}</th>
              </tr>
            </thead>
            <tbody>
              {vacancies.value.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    {v.title} {v.synthetic && <span className="tag tag-demo">{t('explore.demo')}</span>}
                  </th>
                  <td>{arbeidsmarktregioNames[v.region] ? `${arbeidsmarktregioNames[v.region]} (${v.region})` : v.region}</td>
                  <td>{statusLabels[v.status] ? t(statusLabels[v.status] as MessageKey) : v.status}</td>
                  <td>
                    {date(v.validFrom)} – {date(v.validUntil)}
                  </td>
                  <td>
                    <Link to={`/werkgever/vacatures/${v.id}/kandidaten`}>
                      {t('employer.list.candidates')}
                      <span className="visually-hidden"> {t('employer.list.for', { title: v.title })}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
