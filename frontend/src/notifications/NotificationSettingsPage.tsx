import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import type { Role } from '../auth/roles';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  fetchNotificationSettings,
  isEmailAddress,
  saveNotificationSettings,
  switchNotificationsOff,
  type NotificationKind,
  type NotificationSettings,
} from './notificationsApi';

export const notificationSettingsPath = '/instellingen/e-mail';

/** Which switches mean something for a role: a seeker is invited and proposed, employers and coaches get answers. */
const kindsByRole: Readonly<Record<Role, readonly NotificationKind[]>> = {
  JOB_SEEKER: ['invitations', 'proposals'],
  EMPLOYER: ['proposals', 'answers'],
  JOBCOACH: ['answers'],
  REGIO_STAFF: [],
  ADMIN: [],
};

export function kindsFor(roles: readonly Role[]): NotificationKind[] {
  const wanted = new Set(roles.flatMap((role) => kindsByRole[role]));
  return (['invitations', 'proposals', 'answers'] as const).filter((kind) => wanted.has(kind));
}

const kindLabel = (kind: NotificationKind, roles: readonly Role[]): MessageKey => {
  if (kind === 'invitations') return 'notifications.kind.invitations';
  if (kind === 'proposals') return roles.includes('JOB_SEEKER') ? 'notifications.kind.proposals.seeker' : 'notifications.kind.proposals.employer';
  return 'notifications.kind.answers';
};

type Choice = Record<NotificationKind, boolean>;

/**
 * E-mail notifications, opt-in: nothing is mailed until the person gives an address and switches a kind on. The mail
 * says only what the app shows the person anyway, with a link; "Alles uitzetten" forgets the address.
 */
export function NotificationSettingsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const formId = useId();
  const kinds = kindsFor(session.me.roles);
  const [saved, setSaved] = useState<NotificationSettings | null>(null);
  const [email, setEmail] = useState('');
  const [choice, setChoice] = useState<Choice>({ invitations: false, proposals: false, answers: false });
  const [emailError, setEmailError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [status, setStatus] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (settings: NotificationSettings) => {
    setSaved(settings);
    setEmail(settings.email ?? '');
    setChoice({ invitations: settings.invitations, proposals: settings.proposals, answers: settings.answers });
  };

  useEffect(() => {
    const controller = new AbortController();
    fetchNotificationSettings(session.accessToken, controller.signal).then(show, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(error);
    });
    return () => controller.abort();
  }, [session.accessToken]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    setFailure(null);
    if (!isEmailAddress(email)) {
      setEmailError(t('notifications.error.email'));
      document.getElementById(`${formId}-email`)?.focus();
      return;
    }
    setEmailError(null);
    setBusy(true);
    try {
      show(await saveNotificationSettings({ email, ...choice }, language, session.accessToken));
      setStatus('notifications.saved');
    } catch (error) {
      const fieldError = isApiError(error) ? error.problem.errors.find((e) => e.field === 'email') : undefined;
      if (fieldError) setEmailError(fieldError.message);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const off = async () => {
    setStatus(null);
    setFailure(null);
    setBusy(true);
    try {
      await switchNotificationsOff(session.accessToken);
      show({ email: null, invitations: false, proposals: false, answers: false });
      setStatus('notifications.switchedOff');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('notifications.title')}</h1>
        <p className="lead">{t('notifications.intro')}</p>
      </header>
      {failure !== null && <ErrorAlert headline="notifications.failed" error={failure} />}
      <p role="status">{status ? t(status) : ''}</p>
      {kinds.length === 0 ? (
        <p>{t('notifications.noKinds')}</p>
      ) : saved === null && failure === null ? (
        <p className="muted">{t('notifications.loading')}</p>
      ) : (
        <form className="stack" noValidate onSubmit={(event) => void save(event)} aria-labelledby={`${formId}-heading`}>
          <h2 id={`${formId}-heading`}>{t('notifications.formHeading')}</h2>
          <FormField id={`${formId}-email`} label={t('notifications.email')} hint={t('notifications.emailHint')} error={emailError}>
            {(control) => (
              <input {...control} type="email" autoComplete="email" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} />
            )}
          </FormField>
          <fieldset>
            <legend>{t('notifications.kindsLegend')}</legend>
            {kinds.map((kind) => (
              <label key={kind} className="checkbox">
                <input
                  type="checkbox"
                  checked={choice[kind]}
                  onChange={(e) => setChoice((previous) => ({ ...previous, [kind]: e.target.checked }))}
                />
                {t(kindLabel(kind, session.me.roles))}
              </label>
            ))}
          </fieldset>
          <p className="field-hint">{t('notifications.privacy')}</p>
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t('notifications.save')}
            </button>
            {saved?.email && (
              <button type="button" className="button button-secondary" disabled={busy} onClick={() => void off()}>
                {t('notifications.off')}
              </button>
            )}
          </div>
        </form>
      )}
    </>
  );
}
