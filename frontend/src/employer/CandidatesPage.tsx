import { Link, useParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { MatchExplanation, ScoreBadge } from '../explore/MatchExplanation';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchCandidates } from './employerApi';
import { useLoad } from './useLoad';

/** /werkgever/vacatures/:id/kandidaten: ranked, pseudonymous candidates who consented to be found in this region. */
export function CandidatesPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const loaded = useLoad(`${id}-${language}`, (signal) => fetchCandidates(id, language, session.accessToken, signal));
  const title = loaded.status === 'done' ? t('employer.candidates.heading', { title: loaded.value.vacancy.title }) : t('employer.candidates.title');
  useDocumentTitle(title);
  return (
    <>
      <p>
        <Link to="/werkgever">{t('employer.candidates.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{t('employer.candidates.intro')}</p>
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('employer.candidates.loading')}</p>}
        {loaded.status === 'done' && <p>{t('employer.candidates.count', { count: String(loaded.value.items.length) })}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="employer.candidates.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.items.length > 0 && (
        <ol className="result-list">
          {loaded.value.items.map((candidate) => (
            <li key={candidate.id} className="card result-card" aria-labelledby={`candidate-${candidate.id}`}>
              <h2 id={`candidate-${candidate.id}`}>{candidate.label}</h2>
              <ScoreBadge explanation={candidate.explanation} />
              <MatchExplanation explanation={candidate.explanation} idPrefix={`candidate-${candidate.id}`} perspective="candidate" headingLevel={3} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
