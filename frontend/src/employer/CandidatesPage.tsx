import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { MatchExplanation, ScoreBadge } from '../explore/MatchExplanation';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { fetchCandidates, type Candidate } from './employerApi';
import type { SentInvitation } from './invitationApi';
import { InvitationStatusLine } from './InvitationStatusLine';
import { InviteForm } from './InviteForm';
import { SentInvitations } from './SentInvitations';
import { useLoad } from './useLoad';

/**
 * /werkgever/vacatures/:id/kandidaten: ranked, pseudonymous candidates who consented to be found in this region,
 * each with an invitation (status, and the shared name once accepted), and the invitations sent for this vacancy.
 */
export function CandidatesPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const { id = '' } = useParams();
  const loaded = useLoad(`${id}-${language}`, (signal) => fetchCandidates(id, language, session.accessToken, signal));
  const [sent, setSent] = useState<Readonly<Record<string, SentInvitation>>>({});
  const [refresh, setRefresh] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const title = loaded.status === 'done' ? t('employer.candidates.heading', { title: loaded.value.vacancy.title }) : t('employer.candidates.title');
  useDocumentTitle(title);

  const onSent = (invitation: SentInvitation) => {
    setSent((previous) => ({ ...previous, [invitation.candidateId]: invitation }));
    setRefresh((n) => n + 1);
    setAnnouncement(t('invite.sentNow', { label: invitation.label }));
  };

  const invitationOf = (candidate: Candidate) => {
    const now = sent[candidate.id];
    return now ? { status: now.status, sharedName: now.contact?.name ?? null } : candidate.invitation;
  };

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
        {announcement && <p className="alert alert-info">{announcement}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="employer.candidates.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.items.length > 0 && (
        <ol className="result-list">
          {loaded.value.items.map((candidate) => {
            const invitation = invitationOf(candidate);
            return (
              <li key={candidate.id} className="card result-card" aria-labelledby={`candidate-${candidate.id}`}>
                <h2 id={`candidate-${candidate.id}`}>{candidate.label}</h2>
                <ScoreBadge explanation={candidate.explanation} />
                {invitation && <InvitationStatusLine status={invitation.status} sharedName={invitation.sharedName} />}
                {(!invitation || invitation.status === 'DECLINED') && (
                  <InviteForm vacancyId={id} candidateId={candidate.id} candidateLabel={candidate.label} accessToken={session.accessToken} onSent={onSent} />
                )}
                <MatchExplanation explanation={candidate.explanation} idPrefix={`candidate-${candidate.id}`} perspective="candidate" headingLevel={3} />
              </li>
            );
          })}
        </ol>
      )}
      {loaded.status === 'done' && <SentInvitations vacancyId={id} session={session} refresh={refresh} />}
    </>
  );
}
