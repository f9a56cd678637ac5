import { Link, useParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useLoad } from '../employer/useLoad';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/I18nProvider';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchCoachVacancy, type CoachVacancy } from './coachVacancyApi';

/** /jobcoach/vacatures/:id: a vacancy of the coach's regions, opened from the live feed. */
export function CoachVacancyPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const loaded = useLoad(`${id}-${language}`, (signal) => fetchCoachVacancy(id, language, session.accessToken, signal));
  const vacancy = loaded.status === 'done' ? loaded.value : null;
  useDocumentTitle(vacancy ? vacancy.title : t('coachVacancy.loadingTitle'));
  return (
    <>
      <p>
        <Link to="/jobcoach">{t('coachVacancy.back')}</Link>
      </p>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('coachVacancy.loading')}</p>}
      </div>
      {loaded.status === 'error' && (
        <>
          <h1>{t('coachVacancy.loadingTitle')}</h1>
          <ErrorAlert headline="coachVacancy.failed" error={loaded.error} />
        </>
      )}
      {vacancy && <VacancyContent vacancy={vacancy} />}
    </>
  );
}

function VacancyContent({ vacancy }: { vacancy: CoachVacancy }) {
  const { t, language } = useI18n();
  const facts = [
    vacancy.employer,
    vacancy.gemeente ? `${vacancy.gemeente}, ${vacancy.regionName}` : vacancy.regionName,
    vacancy.hoursMin != null && vacancy.hoursMax != null ? t('coachVacancy.hours', { min: vacancy.hoursMin, max: vacancy.hoursMax }) : null,
    vacancy.validUntil ? t('coachVacancy.validUntil', { date: formatDate(vacancy.validUntil, language) }) : null,
  ].filter((fact): fact is string => fact !== null && fact !== '');
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t('jobcoach.title')}</p>
        <h1>
          {vacancy.title}
          {vacancy.synthetic && <span className="tag tag-demo">{t('coachVacancy.demo')}</span>}
        </h1>
        <p className="lead">{facts.join(' · ')}</p>
        <p>
          <span className="tag">{t(vacancy.status === 'CLOSED' ? 'coachVacancy.status.CLOSED' : 'coachVacancy.status.PUBLISHED')}</span>
        </p>
      </header>
      <section className="panel" aria-labelledby="coach-vacancy-skills">
        <h2 id="coach-vacancy-skills">{t('coachVacancy.skills', { count: vacancy.skills.length })}</h2>
        {vacancy.skills.length === 0 ? (
          <p className="muted">{t('coachVacancy.noSkills')}</p>
        ) : (
          <ul>
            {vacancy.skills.map((skill) => (
              <li key={skill.uri}>
                <ConceptLabel label={skill.label} labelLanguage={skill.labelLanguage} derived={skill.derived} />
                {skill.essential && <> <span className="tag tag-essential">{t('coachVacancy.essential')}</span></>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {vacancy.description !== '' && (
        <section className="panel" aria-labelledby="coach-vacancy-description">
          <h2 id="coach-vacancy-description">{t('coachVacancy.description')}</h2>
          <p className="vacancy-description">{vacancy.description}</p>
        </section>
      )}
    </>
  );
}
