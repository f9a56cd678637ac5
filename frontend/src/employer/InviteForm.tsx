import { useId, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { maxInvitationMessage, sendInvitation, type SentInvitation } from './invitationApi';

interface InviteFormProps {
  readonly vacancyId: string;
  readonly candidateId: string;
  readonly candidateLabel: string;
  readonly accessToken: string;
  readonly onSent: (invitation: SentInvitation) => void;
}

/**
 * Invite one candidate: a disclosure button opens an inline form with an optional message. The message's error
 * appears at the field; other refusals (already invited, no longer findable) above the buttons.
 */
export function InviteForm({ vacancyId, candidateId, candidateLabel, accessToken, onSent }: InviteFormProps) {
  const { t, language } = useI18n();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const fieldId = `${formId}-message`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (message.length > maxInvitationMessage) {
      setFieldError(t('invite.message.tooLong', { max: String(maxInvitationMessage) }));
      textRef.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      const sent = await sendInvitation(vacancyId, candidateId, message.trim(), language, accessToken);
      setBusy(false);
      setOpen(false);
      onSent(sent);
    } catch (error) {
      setBusy(false);
      const messageError = isApiError(error) ? error.problem.errors.find((e) => e.field === 'message') : undefined;
      if (messageError) {
        setFieldError(messageError.message);
        textRef.current?.focus();
      } else {
        setFailure(error);
      }
    }
  };

  return (
    <div className="invite">
      <button
        ref={toggleRef}
        type="button"
        className={open ? 'button button-secondary' : 'button'}
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => {
          setOpen(!open);
          if (!open) window.setTimeout(() => textRef.current?.focus(), 0);
        }}
      >
        {t('invite.open')}
        <span className="visually-hidden"> {candidateLabel}</span>
      </button>
      {open && (
        <form id={formId} className="invite-form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('invite.formLabel', { label: candidateLabel })}>
          <FormField id={fieldId} label={t('invite.message.label', { label: candidateLabel })} hint={t('invite.message.hint', { max: String(maxInvitationMessage) })} error={fieldError}>
            {(control) => (
              <textarea ref={textRef} {...control} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />
            )}
          </FormField>
          {failure !== null && <ErrorAlert headline="invite.failed" error={failure} />}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('invite.sending') : t('invite.send')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setOpen(false);
                toggleRef.current?.focus();
              }}
            >
              {t('invite.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
