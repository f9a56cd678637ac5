import { useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { eraseAccount, erasedMarker } from './privacyApi';

/** The word to type; the same in both languages, so instructions and e2e tests agree. */
export const confirmationWord = 'VERWIJDEREN';

type Step = 'closed' | 'confirming' | 'erasing';

/**
 * Right to erasure, in two steps: first what will happen (and that it cannot be undone), then typing the word.
 * Afterwards the person is signed out and the start page confirms the erasure.
 */
export function DeleteAccount({ accessToken }: { accessToken: string }) {
  const { t } = useI18n();
  const { logout } = useAuth();
  const [step, setStep] = useState<Step>('closed');
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const open = () => {
    setStep('confirming');
    setTyped('');
    setFieldError(null);
    setError(null);
    // the dialog-like step takes the focus, so keyboard and screen-reader users land in it
    setTimeout(() => input.current?.focus(), 0);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() !== confirmationWord) {
      setFieldError(t('privacy.delete.wrongWord', { word: confirmationWord }));
      input.current?.focus();
      return;
    }
    setFieldError(null);
    setError(null);
    setStep('erasing');
    try {
      await eraseAccount(accessToken);
    } catch (failure) {
      setError(failure);
      setStep('confirming');
      return;
    }
    window.sessionStorage.setItem(erasedMarker, new Date().toISOString());
    await logout();
  };

  return (
    <section className="card" aria-labelledby="privacy-delete-heading">
      <h2 id="privacy-delete-heading">{t('privacy.delete.heading')}</h2>
      <p>{t('privacy.delete.text')}</p>
      <ul>
        <li>{t('privacy.delete.what.profile')}</li>
        <li>{t('privacy.delete.what.consents')}</li>
        <li>{t('privacy.delete.what.others')}</li>
        <li>{t('privacy.delete.what.account')}</li>
      </ul>
      <p>
        <strong>{t('privacy.delete.irreversible')}</strong> {t('privacy.delete.remains')}
      </p>
      <p>{t('privacy.delete.exportFirst')}</p>
      {step === 'closed' && (
        <button type="button" className="button button-danger" onClick={open}>
          {t('privacy.delete.start')}
        </button>
      )}
      {step !== 'closed' && (
        <form onSubmit={submit} noValidate aria-labelledby="privacy-delete-confirm-heading">
          <h3 id="privacy-delete-confirm-heading">{t('privacy.delete.confirmHeading')}</h3>
          <FormField
            id="privacy-delete-word"
            label={t('privacy.delete.wordLabel', { word: confirmationWord })}
            hint={t('privacy.delete.wordHint')}
            error={fieldError}
          >
            {(control) => (
              <input
                {...control}
                ref={input}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                disabled={step === 'erasing'}
              />
            )}
          </FormField>
          {error != null && <ErrorAlert headline="privacy.delete.failed" error={error} />}
          <div className="actions">
            <button type="submit" className="button button-danger" disabled={step === 'erasing'} aria-busy={step === 'erasing'}>
              {t('privacy.delete.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setStep('closed')} disabled={step === 'erasing'}>
              {t('privacy.delete.cancel')}
            </button>
          </div>
          <div role="status" aria-live="polite">
            {step === 'erasing' && (
              <p>
                <progress aria-label={t('privacy.delete.erasing')} /> {t('privacy.delete.erasing')}
              </p>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
