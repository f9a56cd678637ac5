import { useEffect, useState } from 'react';
import type { Session } from '../auth/authService';
import { MatchExplanation } from '../explore/MatchExplanation';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { useLoad } from '../employer/useLoad';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { AnswerPanel } from './AnswerPanel';
import { fetchMyInvitations, type MyInvitation } from './invitationsApi';

/** /werkzoekende/uitnodigingen: invitations from employers, each accepted (sharing chosen contact details) or declined. */
export function InvitationsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  const [reload, setReload] = useState(0);
  const loaded = useLoad(`${language}-${reload}`, (signal) => fetchMyInvitations(language, session.accessToken, signal));
  const [items, setItems] = useState<readonly MyInvitation[]>([]);
  const [announcement, setAnnouncement] = useState('');
  useDocumentTitle(t('invitations.title'));
  useEffect(() => {
    if (loaded.status === 'done') setItems(loaded.value.items);
  }, [loaded]);
  const date = (iso: string) => formatDate(iso, language);

  const answered = (next: MyInvitation) => {
    setItems((previous) => previous.map((i) => (i.id === next.id ? next : i)));
    setAnnouncement(t(next.status === 'ACCEPTED' ? 'invitations.answered.ACCEPTED' : 'invitations.answered.DECLINED', {
      employer: next.vacancy?.employer ?? '',
    }));
  };

  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t('invitations.eyebrow')}</p>
        <h1>{t('invitations.title')}</h1>
        <p className="lead">{t('invitations.intro')}</p>
        {loaded.status === 'done' && loaded.value.candidateLabel && (
          <p>{t('invitations.seenAs', { label: loaded.value.candidateLabel })}</p>
        )}
      </header>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('invitations.loading')}</p>}
        {announcement && <p className="alert alert-info">{announcement}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="invitations.failed" error={loaded.error} />}
      {loaded.status === 'done' && items.length === 0 && <p>{t('invitations.none')}</p>}
      {items.length > 0 && (
        <ol className="result-list">
          {items.map((invitation) => (
            <li key={invitation.id} className="card result-card" aria-labelledby={`invitation-${invitation.id}`}>
              <h2 id={`invitation-${invitation.id}`}>{invitation.vacancy?.title ?? t('invitations.vacancyGone')}</h2>
              {invitation.vacancy && (
                <p>
                  {t('invitations.from', {
                    employer: invitation.vacancy.employer,
                    region: `${invitation.vacancy.regionName} (${invitation.vacancy.region})`,
                    date: date(invitation.sentAt),
                  })}
                </p>
              )}
              {invitation.message && (
                <figure className="invitation-message">
                  <figcaption>{t('invitations.message')}</figcaption>
                  <blockquote>{invitation.message}</blockquote>
                </figure>
              )}
              <p className={`invitation-status invitation-${invitation.status.toLowerCase()}`}>
                {invitation.status === 'OPEN' && t('invitations.status.OPEN')}
                {invitation.status === 'ACCEPTED' && t('invitations.status.ACCEPTED', { name: invitation.shared?.name ?? '' })}
                {invitation.status === 'DECLINED' && t('invitations.status.DECLINED')}
              </p>
              {invitation.status === 'OPEN' && (
                <AnswerPanel
                  invitation={invitation}
                  session={session}
                  onAnswered={answered}
                  onConflict={() => setReload((n) => n + 1)}
                />
              )}
              {invitation.explanation && (
                <MatchExplanation explanation={invitation.explanation} idPrefix={`invitation-${invitation.id}`} headingLevel={3} />
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
