import { useId, useRef, useState, type FormEvent } from 'react';
import type { Session } from '../auth/authService';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { answerInvitation, shareErrorsFrom, validateShare, type MyInvitation, type ShareErrors, type ShareField, type ShareInput } from './invitationsApi';

interface AnswerPanelProps {
  readonly invitation: MyInvitation;
  readonly session: Session;
  readonly onAnswered: (answered: MyInvitation) => void;
  /** Answered elsewhere meanwhile: the page reloads the list. */
  readonly onConflict: () => void;
}

const fields: readonly ShareField[] = ['name', 'email', 'phone'];

/**
 * Accept (opens a form: which contact details to share with this employer only) or decline. Errors appear at the
 * field they concern; an invitation answered elsewhere meanwhile is said so and reloaded.
 */
export function AnswerPanel({ invitation, session, onAnswered, onConflict }: AnswerPanelProps) {
  const { t, language } = useI18n();
  const formId = useId();
  const [open, setOpen] = useState(false);
  // The name the platform already has (the account's), still editable; a token without a name only has the username.
  const knownName = session.me.name !== session.me.username ? session.me.name : '';
  const [share, setShare] = useState<ShareInput>({ name: knownName, email: '', phone: '' });
  const [errors, setErrors] = useState<ShareErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const employer = invitation.vacancy?.employer ?? '';

  const focusFirst = (found: ShareErrors) => {
    const first = fields.find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(`${formId}-${first}`)}`)?.focus();
  };

  const send = async (answer: 'ACCEPTED' | 'DECLINED') => {
    setFailure(null);
    setBusy(true);
    try {
      onAnswered(await answerInvitation(invitation, answer, answer === 'ACCEPTED' ? share : null, language, session.accessToken));
    } catch (error) {
      setBusy(false);
      if (isApiError(error) && error.status === 409) {
        setFailure(error);
        onConflict();
        return;
      }
      const fromServer = isApiError(error) ? shareErrorsFrom(error.problem.errors) : {};
      if (Object.keys(fromServer).length > 0) {
        setErrors(fromServer);
        focusFirst(fromServer);
      } else {
        setFailure(error);
      }
    }
  };

  const accept = (event: FormEvent) => {
    event.preventDefault();
    const found = validateShare(share, {
      name: t('invitations.share.error.name'),
      email: t('invitations.share.error.email'),
      phone: t('invitations.share.error.phone'),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    void send('ACCEPTED');
  };

  const set = (field: ShareField, value: string) => setShare((previous) => ({ ...previous, [field]: value }));

  return (
    <div className="answer-panel">
      {failure !== null && <ErrorAlert headline="invitations.answerFailed" error={failure} />}
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => {
            setOpen(!open);
            if (!open) window.setTimeout(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), 0);
          }}
        >
          {t('invitations.accept')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send('DECLINED')}>
          {t('invitations.decline')}
        </button>
      </div>
      {open && (
        <form id={formId} ref={formRef} className="share-form" noValidate onSubmit={accept} aria-label={t('invitations.share.formLabel', { employer })}>
          <p>{t('invitations.share.intro', { employer })}</p>
          <FormField
            id={`${formId}-name`}
            label={t('invitations.share.name')}
            hint={knownName ? t('invitations.share.namePrefilled') : undefined}
            error={errors.name}
          >
            {(control) => (
              <input {...control} type="text" autoComplete="name" required maxLength={120} value={share.name} onChange={(e) => set('name', e.target.value)} />
            )}
          </FormField>
          <FormField id={`${formId}-email`} label={t('invitations.share.email')} hint={t('invitations.share.optional')} error={errors.email}>
            {(control) => (
              <input {...control} type="email" autoComplete="email" maxLength={254} value={share.email} onChange={(e) => set('email', e.target.value)} />
            )}
          </FormField>
          <FormField id={`${formId}-phone`} label={t('invitations.share.phone')} hint={t('invitations.share.phoneHint')} error={errors.phone}>
            {(control) => (
              <input {...control} type="tel" autoComplete="tel" maxLength={24} value={share.phone} onChange={(e) => set('phone', e.target.value)} />
            )}
          </FormField>
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('invitations.sending') : t('invitations.share.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
