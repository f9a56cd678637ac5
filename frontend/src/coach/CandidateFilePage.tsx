import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useLoad } from '../employer/useLoad';
import { MatchExplanation, ScoreBadge } from '../explore/MatchExplanation';
import { RoutePlanList } from '../explore/RoutePlanList';
import { ConceptLabel } from '../taxonomy/ConceptLabel';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchCandidateFile, type CandidateFile } from './coachApi';
import { NotesPanel } from './NotesPanel';
import { ProposalsPanel } from './ProposalsPanel';
import { ProposeForm } from './ProposeForm';

/** /jobcoach/kandidaten/:profileId: one person of the caseload — skills, matches, routes, notes, proposals. */
export function CandidateFilePage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const { profileId = '' } = useParams();
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((v) => v + 1);
  const loaded = useLoad(`${profileId}-${language}-${version}`, (signal) =>
    fetchCandidateFile(profileId, language, session.accessToken, signal),
  );
  // keep showing the file while it reloads after a change, so the forms keep their place
  const [last, setLast] = useState<CandidateFile | null>(null);
  if (loaded.status === 'done' && loaded.value !== last) setLast(loaded.value);
  const file = loaded.status === 'done' ? loaded.value : loaded.status === 'loading' ? last : null;
  useDocumentTitle(file ? t('coachFile.title', { label: file.profile.label }) : t('coachFile.loadingTitle'));
  return (
    <>
      <p>
        <Link to="/jobcoach/caseload">{t('coachFile.back')}</Link>
      </p>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('coachFile.loading')}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="coachFile.failed" error={loaded.error} />}
      {!file && loaded.status !== 'loading' && loaded.status !== 'done' && <h1>{t('coachFile.loadingTitle')}</h1>}
      {file && <FileContent file={file} session={session} onChanged={reload} />}
    </>
  );
}

function FileContent({ file, session, onChanged }: { file: CandidateFile; session: Session; onChanged: () => void }) {
  const { t } = useI18n();
  const { profile } = file;
  const yes = (value: boolean) => (value ? t('coachFile.yes') : t('coachFile.no'));
  const level = (value: string) => {
    const key = `explore.level.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  const evidence = (value: string) => {
    const key = `coachFile.evidence.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t('jobcoach.title')}</p>
        <h1>{t('coachFile.title', { label: profile.label })}</h1>
        <p className="lead">
          {t('coachFile.intro', { region: profile.regionName ? `${profile.regionName} (${profile.region})` : profile.region })}
        </p>
      </header>

      <section className="panel" aria-labelledby="file-skills-heading">
        <h2 id="file-skills-heading">{t('coachFile.skills.heading')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('coachFile.skills.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coachFile.skills.skill')}</th>
                <th scope="col">{t('coachFile.skills.level')}</th>
                <th scope="col">{t('coachFile.skills.evidence')}</th>
                <th scope="col">{t('coachFile.skills.doesIt')}</th>
                <th scope="col">{t('coachFile.skills.canDoIt')}</th>
                <th scope="col">{t('coachFile.skills.wantsToLearn')}</th>
                <th scope="col">{t('coachFile.skills.givesEnergy')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.skills.map((s) => (
                <tr key={s.uri}>
                  <th scope="row">
                    <ConceptLabel label={s.label} labelLanguage={s.labelLanguage} derived={s.derived} />
                  </th>
                  <td>{level(s.level)}</td>
                  <td>{evidence(s.evidence)}</td>
                  <td>{yes(s.doesIt)}</td>
                  <td>{yes(s.canDoIt)}</td>
                  <td>{yes(s.wantsToLearn)}</td>
                  <td>{yes(s.givesEnergy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby="file-matches-heading">
        <h2 id="file-matches-heading">{t('coachFile.matches.heading')}</h2>
        {file.matches.length === 0 ? (
          <p>{t('coachFile.matches.none')}</p>
        ) : (
          <ol className="result-list">
            {file.matches.map((m) => (
              <li key={m.vacancy.id} className="card result-card" aria-labelledby={`match-${m.vacancy.id}`}>
                <h3 id={`match-${m.vacancy.id}`}>
                  {m.vacancy.title} — {m.vacancy.employer}
                </h3>
                <p className="muted">{m.vacancy.regionName}</p>
                <ScoreBadge explanation={m.explanation} />
                <MatchExplanation explanation={m.explanation} idPrefix={`match-${m.vacancy.id}`} perspective="candidate" headingLevel={4} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel" aria-labelledby="file-routes-heading">
        <h2 id="file-routes-heading">{t('coachFile.routes.heading')}</h2>
        <RoutePlanList plan={file.routes} headingLevel={3} />
      </section>

      <ProposeForm file={file} session={session} onProposed={onChanged} />
      <ProposalsPanel proposals={file.proposals} session={session} onChanged={onChanged} />
      <NotesPanel profileId={profile.profileId} notes={file.notes} session={session} onWritten={onChanged} />
    </>
  );
}
