import { useI18n } from '../i18n/I18nProvider';
import type { InvitationStatus } from './invitationApi';

/** The state of an invitation in words; the shared name once the candidate accepted. */
export function InvitationStatusLine({ status, sharedName }: { status: InvitationStatus; sharedName: string | null }) {
  const { t } = useI18n();
  if (status === 'ACCEPTED') {
    return <p className="invitation-status invitation-accepted">{t('invite.status.ACCEPTED', { name: sharedName ?? '' })}</p>;
  }
  return <p className={`invitation-status invitation-${status.toLowerCase()}`}>{t(status === 'OPEN' ? 'invite.status.OPEN' : 'invite.status.DECLINED')}</p>;
}
