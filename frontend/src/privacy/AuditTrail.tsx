import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey, type Language } from '../i18n/dictionary';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { auditActorText, auditDetailText } from './auditWording';
import { fetchAuditTrail, type AuditLine } from './privacyApi';

/** Dutch time, whatever the browser's zone: the same clock as every other page (i18n/format). */
export function formatAuditTime(at: string, language: Language): string {
  return formatDateTime(at, language);
}

interface Loaded {
  readonly items: readonly AuditLine[];
  readonly total: number;
}

/** Who viewed or changed my data, newest first, 50 at a time. */
export function AuditTrail({ accessToken, version }: { accessToken: string; version: number }) {
  const { t, language } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    fetchAuditTrail(accessToken, 0, controller.signal).then(
      (page) => setLoaded({ items: page.items, total: page.total }),
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
    return () => controller.abort();
  }, [accessToken, version]);

  const more = async () => {
    if (!loaded) return;
    setLoadingMore(true);
    try {
      const page = await fetchAuditTrail(accessToken, loaded.items.length);
      setLoaded({ items: [...loaded.items, ...page.items], total: page.total });
    } catch (failure) {
      setError(failure);
    } finally {
      setLoadingMore(false);
    }
  };

  const actionText = (action: string) => {
    const key = `privacy.action.${action}`;
    return isMessageKey(key) ? t(key) : action;
  };
  const roleText = (role: string) => {
    const key = `privacy.role.${role}`;
    return isMessageKey(key) ? t(key) : role;
  };

  return (
    <section className="card" aria-labelledby="privacy-audit-heading">
      <h2 id="privacy-audit-heading">{t('privacy.audit.heading')}</h2>
      <p>{t('privacy.audit.text')}</p>
      {error != null && <ErrorAlert headline="privacy.audit.failed" error={error} />}
      {loaded === null && error == null && <p className="muted">{t('privacy.audit.loading')}</p>}
      {loaded && loaded.items.length === 0 && <p>{t('privacy.audit.empty')}</p>}
      {loaded && loaded.items.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="privacy-audit-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="privacy-audit-caption">{t('privacy.audit.caption', { shown: loaded.items.length, total: loaded.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('privacy.audit.at')}</th>
                <th scope="col">{t('privacy.audit.who')}</th>
                <th scope="col">{t('privacy.audit.role')}</th>
                <th scope="col">{t('privacy.audit.action')}</th>
                <th scope="col">{t('privacy.audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((line) => (
                <tr key={line.id}>
                  <td>
                    <time dateTime={line.at}>{formatAuditTime(line.at, language)}</time>
                  </td>
                  <td>{auditActorText(line.actorLabel, t)}</td>
                  <td>{roleText(line.actorRole)}</td>
                  <td>{actionText(line.action)}</td>
                  <td className="break-words">{auditDetailText(line, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded && loaded.items.length < loaded.total && (
        <button type="button" className="button button-secondary" onClick={more} disabled={loadingMore} aria-busy={loadingMore}>
          {loadingMore ? t('privacy.audit.loading') : t('privacy.audit.more')}
        </button>
      )}
    </section>
  );
}
