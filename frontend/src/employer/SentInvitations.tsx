import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { fetchSentInvitations } from './invitationApi';
import { InvitationStatusLine } from './InvitationStatusLine';
import { useLoad } from './useLoad';

/**
 * Every invitation of this vacancy the employer may still see, with the contact details a candidate shared on
 * accepting. An invitation of someone who withdrew consent is not listed.
 */
export function SentInvitations({ vacancyId, session, refresh }: { vacancyId: string; session: Session; refresh: number }) {
  const { t, language } = useI18n();
  const loaded = useLoad(`${vacancyId}-${language}-${refresh}`, (signal) => fetchSentInvitations(vacancyId, language, session.accessToken, signal));
  const date = (iso: string) => formatDate(iso, language);
  return (
    <section aria-labelledby="sent-invitations-heading" className="panel">
      <h2 id="sent-invitations-heading">{t('invite.sent.heading')}</h2>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <p className="progress">{t('invite.sent.loading')}</p>}
      </div>
      {loaded.status === 'error' && <ErrorAlert headline="invite.sent.failed" error={loaded.error} />}
      {loaded.status === 'done' && loaded.value.length === 0 && <p>{t('invite.sent.none')}</p>}
      {loaded.status === 'done' && loaded.value.length > 0 && (
        <ul className="invitation-list">
          {loaded.value.map((invitation) => (
            <li key={invitation.id} className="card">
              <h3>{invitation.contact ? invitation.contact.name : invitation.label}</h3>
              <p className="muted">{t('invite.sent.on', { date: date(invitation.sentAt), label: invitation.label })}</p>
              <InvitationStatusLine status={invitation.status} sharedName={invitation.contact?.name ?? null} />
              {invitation.contact && (
                <dl className="contact">
                  {invitation.contact.email && (
                    <>
                      <dt>{t('invite.contact.email')}</dt>
                      <dd>
                        <a href={`mailto:${invitation.contact.email}`}>{invitation.contact.email}</a>
                      </dd>
                    </>
                  )}
                  {invitation.contact.phone && (
                    <>
                      <dt>{t('invite.contact.phone')}</dt>
                      <dd>{invitation.contact.phone}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
