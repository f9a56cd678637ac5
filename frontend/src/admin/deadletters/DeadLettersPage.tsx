import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Session } from '../../auth/authService';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { reasonText } from './reasonText';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AdminBreadcrumb, adminPaths, formatInstant } from '../AdminSections';
import { deadLetterReasons, fetchDeadLetters, type DeadLetterFilter, type DeadLetterList, type DeadLetterReason } from './deadLetters';

/** The filter lives in the address, so a filtered list can be reloaded, bookmarked and gone back to. */
function filterFrom(params: URLSearchParams): DeadLetterFilter {
  const reason = params.get('reden');
  return {
    openOnly: params.get('alle') !== 'ja',
    reason: deadLetterReasons.find((candidate) => candidate === reason) ?? null,
  };
}

/** Administrators see what could not be processed, newest first, filtered by reason and open/all. */
export function DeadLettersPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('deadLetters.title'));
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const [result, setResult] = useState<{ list: DeadLetterList | null; error: unknown }>({ list: null, error: null });

  useEffect(() => {
    const controller = new AbortController();
    setResult({ list: null, error: null });
    fetchDeadLetters({ openOnly: filter.openOnly, reason: filter.reason }, session.accessToken, controller.signal).then(
      (list) => setResult({ list, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ list: null, error });
      },
    );
    return () => controller.abort();
  }, [filter.openOnly, filter.reason, session.accessToken]);

  const change = (next: DeadLetterFilter) => {
    const search = new URLSearchParams();
    if (next.reason) search.set('reden', next.reason);
    if (!next.openOnly) search.set('alle', 'ja');
    setParams(search, { replace: true });
  };

  return (
    <>
      <AdminBreadcrumb />
      <header className="page-header">
        <h1>{t('deadLetters.title')}</h1>
        <p className="lead">{t('deadLetters.intro')}</p>
      </header>

      <form className="filter-bar" role="search" aria-label={t('deadLetters.filter')} onSubmit={(event) => event.preventDefault()}>
        <div className="form-field">
          <label htmlFor="dead-letter-reason">{t('deadLetters.reason')}</label>
          <select
            id="dead-letter-reason"
            value={filter.reason ?? ''}
            onChange={(event) => change({ ...filter, reason: (event.target.value || null) as DeadLetterReason | null })}
          >
            <option value="">{t('deadLetters.allReasons')}</option>
            {deadLetterReasons.map((reason) => (
              <option key={reason} value={reason}>
                {reasonText(t, reason)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={filter.openOnly} onChange={(event) => change({ ...filter, openOnly: event.target.checked })} />
          {t('deadLetters.openOnly')}
        </label>
      </form>

      {result.error != null && <ErrorAlert headline="deadLetters.loadFailed" error={result.error} />}
      {result.list === null && result.error == null && <p className="muted">{t('deadLetters.loading')}</p>}
      {result.list && (
        <>
          <p role="status">{t('deadLetters.count', { shown: result.list.items.length, open: result.list.open })}</p>
          {result.list.items.length > 0 && (
            <table className="data-table">
              <caption className="visually-hidden">{t('deadLetters.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('deadLetters.failedAt')}</th>
                  <th scope="col">{t('deadLetters.reason')}</th>
                  <th scope="col">{t('deadLetters.source')}</th>
                  <th scope="col">{t('deadLetters.detail')}</th>
                  <th scope="col">{t('deadLetters.state')}</th>
                </tr>
              </thead>
              <tbody>
                {result.list.items.map((letter) => (
                  <tr key={letter.id}>
                    <th scope="row">
                      <Link to={adminPaths.deadLetter(letter.id)}>{formatInstant(letter.failedAt, language)}</Link>
                    </th>
                    <td>{reasonText(t, letter.reason)}</td>
                    <td className="break-words">
                      {letter.sourceTopic}
                      {letter.line !== null && <> · {t('deadLetters.lineN', { line: letter.line })}</>}
                    </td>
                    <td className="break-words">{letter.detail}</td>
                    <td>{letter.redrivenAt ? t('deadLetters.redriven') : t('deadLetters.open')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
