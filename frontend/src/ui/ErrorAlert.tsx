import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/dictionary';

interface ErrorAlertProps {
  /** What failed, in the user's words (e.g. "Logging in failed"). */
  readonly headline: MessageKey;
  readonly error: unknown;
  readonly onDismiss?: () => void;
}

/**
 * Shows a failure visibly and announces it (role="alert"): the translated headline, then what the
 * server said (an RFC 9457 problem: title, detail, invalid fields) or the technical message.
 */
export function ErrorAlert({ headline, error, onDismiss }: ErrorAlertProps) {
  const { t } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-headline">{t(headline)}</p>
      <ErrorDetails error={error} />
      {onDismiss && (
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}

function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (isApiError(error)) {
    if (error.kind === 'network') {
      return <p>{t('problem.network')}</p>;
    }
    const { problem } = error;
    return (
      <>
        {error.kind === 'invalid-response' ? (
          <p>{t('problem.invalidResponse')}</p>
        ) : (
          <p>
            {problem.title} <span className="muted">({t('problem.status', { status: problem.status })})</span>
          </p>
        )}
        {problem.detail && <p>{problem.detail}</p>}
        {problem.errors.length > 0 && (
          <>
            <p>{t('problem.fieldErrors')}</p>
            <ul>
              {problem.errors.map((fieldError) => (
                <li key={`${fieldError.field}:${fieldError.message}`}>
                  <strong>{fieldError.field}</strong>: {fieldError.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message ? <p className="muted">{t('auth.error.technicalDetail', { message })}</p> : null;
}
