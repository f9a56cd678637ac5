import { Link } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { outcomeLabel } from '../coach/ProposalsPanel';
import { useLoad } from '../employer/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchIncomingProposals } from './proposalsApi';

/** /werkgever/voorstellen: candidates a jobcoach proposed for our vacancies who agreed, with the contact they shared. */
export function EmployerProposalsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('incomingProposals.title'));
  const loaded = useLoad(language, (signal) => fetchIncomingProposals(language, session.accessToken, signal));
  const when = (iso: string) => formatDate(iso, language);
  return (
    <>
      <p>
        <Link to="/werkgever">{t('incomingProposals.back')}</Link>
      </p>
      <header className="page-header">
        <p className="eyebrow">{t('employer.title')}</p>
        <h1>{t('incomingProposals.title')}</h1>
        <p className="lead">{t('incomingProposals.intro')}</p>
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('incomingProposals.loading')}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="incomingProposals.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.length === 0 && <p>{t('incomingProposals.none')}</p>}
      {loaded.status === 'done' && loaded.value.length > 0 && (
        <ul className="result-list">
          {loaded.value.map((p) => (
            <li key={p.id} className="card" aria-labelledby={`incoming-${p.id}`}>
              <h2 id={`incoming-${p.id}`}>
                {p.contact?.name ?? p.candidateLabel} — {p.vacancy.title}
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t('incomingProposals.vacancy')}</dt>
                  <dd>{p.vacancy.title}</dd>
                </div>
                {p.contact?.email && (
                  <div>
                    <dt>{t('incomingProposals.email')}</dt>
                    <dd>
                      <a href={`mailto:${p.contact.email}`}>{p.contact.email}</a>
                    </dd>
                  </div>
                )}
                {p.contact?.phone && (
                  <div>
                    <dt>{t('incomingProposals.phone')}</dt>
                    <dd>{p.contact.phone}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('incomingProposals.coach')}</dt>
                  <dd>{p.coachLabel}</dd>
                </div>
                {p.note && (
                  <div>
                    <dt>{t('incomingProposals.note')}</dt>
                    <dd>{p.note}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('incomingProposals.agreedOn')}</dt>
                  <dd>{when(p.answeredAt)}</dd>
                </div>
                {p.outcome && (
                  <div>
                    <dt>{t('coachFile.proposals.outcome')}</dt>
                    <dd>{outcomeLabel(t, p.outcome)}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
