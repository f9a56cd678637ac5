import { useEffect, useState } from 'react';
import type { Session } from '../../auth/authService';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AdminBreadcrumb } from '../AdminSections';
import { fetchSentMail, type SentMailList } from './mailApi';

/**
 * The mail the local SMTP server received (local installations and the browser tests): to, subject, time in
 * Amsterdam time, and the text on request. In production the list is not available: the platform keeps no copy.
 */
export function SentMailPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('sentMail.title'));
  const [result, setResult] = useState<{ list: SentMailList | null; error: unknown }>({ list: null, error: null });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchSentMail(session.accessToken, controller.signal).then(
      (list) => setResult({ list, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ list: null, error });
      },
    );
    return () => controller.abort();
  }, [session.accessToken, reload]);

  const list = result.list;
  return (
    <>
      <AdminBreadcrumb />
      <header className="page-header">
        <h1>{t('sentMail.title')}</h1>
        <p className="lead">{t('sentMail.intro')}</p>
      </header>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={() => setReload((n) => n + 1)}>
          {t('sentMail.reload')}
        </button>
      </div>
      {result.error != null && <ErrorAlert headline="sentMail.loadFailed" error={result.error} />}
      {list === null && result.error == null && <p className="muted">{t('sentMail.loading')}</p>}
      {list && !list.available && <p>{t('sentMail.unavailable', { waiting: list.waiting })}</p>}
      {list?.available && (
        <>
          <p role="status">{t('sentMail.count', { count: list.items.length, waiting: list.waiting })}</p>
          {list.items.length > 0 && (
            <ul className="sent-mail-list">
              {list.items.map((mail, index) => (
                <li key={`${mail.sentAt ?? ''}-${mail.to}-${index}`} className="card">
                  <details>
                    <summary>
                      <span className="sent-mail-subject">{mail.subject}</span>
                      {' · '}
                      {t('sentMail.to', { to: mail.to })}
                      {' · '}
                      {mail.sentAt ? formatDateTime(mail.sentAt, language) : t('sentMail.noTime')}
                    </summary>
                    <pre className="sent-mail-body break-words">{mail.body}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
