import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Session } from '../../auth/authService';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormField } from '../../ui/FormField';
import { reasonText } from './reasonText';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AdminBreadcrumb, adminPaths, formatInstant } from '../AdminSections';
import { fetchDeadLetter, redriveDeadLetter, type DeadLetterDetail } from './deadLetters';

type Redrive =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirming' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed'; readonly error: unknown };

/** One dead letter: why, where from, the original payload; re-drive it (optionally corrected) after confirming. */
export function DeadLetterPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('deadLetters.detailTitle'));
  const { id = '' } = useParams();
  const [letter, setLetter] = useState<DeadLetterDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [correct, setCorrect] = useState(false);
  const [corrected, setCorrected] = useState('');
  const [redrive, setRedrive] = useState<Redrive>({ kind: 'idle' });
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const detail = await fetchDeadLetter(id, session.accessToken, signal);
        if (signal?.aborted) return;
        setLetter(detail);
        setLoadError(null);
        setCorrected((current) => (current === '' ? detail.payload : current));
      } catch (error) {
        if (!signal?.aborted) setLoadError(error);
      }
    },
    [id, session.accessToken],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    if (redrive.kind === 'confirming') confirmRef.current?.focus();
    if (redrive.kind === 'done' || redrive.kind === 'failed') resultRef.current?.focus();
  }, [redrive.kind]);

  const send = async () => {
    setRedrive({ kind: 'sending' });
    try {
      await redriveDeadLetter(id, correct ? corrected : null, session.accessToken);
      setRedrive({ kind: 'done' });
      await load();
    } catch (error) {
      setRedrive({ kind: 'failed', error });
    }
  };

  const summary = letter?.summary;
  return (
    <>
      <AdminBreadcrumb trail={[{ to: adminPaths.deadLetters, label: t('deadLetters.title') }]} />
      <header className="page-header">
        <h1>{t('deadLetters.detailTitle')}</h1>
        {summary && <p className="lead">{t('deadLetters.detailLead', { reason: reasonText(t, summary.reason), source: summary.sourceTopic })}</p>}
      </header>
      {loadError != null && <ErrorAlert headline="deadLetters.loadFailed" error={loadError} />}
      {letter === null && loadError == null && <p className="muted">{t('deadLetters.loading')}</p>}
      {letter && summary && (
        <>
          <section className="panel" aria-labelledby="dead-letter-facts">
            <h2 id="dead-letter-facts">{t('deadLetters.facts')}</h2>
            <dl className="facts">
              <Fact label={t('deadLetters.reason')} value={reasonText(t, summary.reason)} />
              <Fact label={t('deadLetters.failedAt')} value={formatInstant(summary.failedAt, language)} />
              <Fact label={t('deadLetters.source')} value={summary.sourceTopic} />
              <Fact label={t('deadLetters.consumer')} value={summary.consumer} />
              {summary.line !== null && <Fact label={t('deadLetters.line')} value={String(summary.line)} />}
              {letter.partition !== null && <Fact label={t('deadLetters.position')} value={`${letter.partition} / ${letter.offset ?? '–'}`} />}
              {letter.key && <Fact label={t('deadLetters.key')} value={letter.key} />}
              <Fact
                label={t('deadLetters.state')}
                value={summary.redrivenAt ? t('deadLetters.redrivenAt', { time: formatInstant(summary.redrivenAt, language) }) : t('deadLetters.open')}
              />
            </dl>
            <h3>{t('deadLetters.detail')}</h3>
            <p className="break-words">{summary.detail || '–'}</p>
            {summary.jobId && (
              <p>
                <Link to={adminPaths.feedJob(summary.jobId)}>{t('deadLetters.toJob')}</Link>
              </p>
            )}
          </section>

          <section aria-labelledby="dead-letter-payload">
            <h2 id="dead-letter-payload">{t('deadLetters.payload')}</h2>
            {/* Text, never markup: React escapes it. Focusable so keyboard users can scroll it. */}
            <pre className="payload" tabIndex={0} aria-labelledby="dead-letter-payload">
              {letter.payload}
            </pre>
          </section>

          {!summary.redrivenAt && (
            <section className="panel" aria-labelledby="dead-letter-redrive">
              <h2 id="dead-letter-redrive">{t('deadLetters.redrive.heading')}</h2>
              <p>{t('deadLetters.redrive.explain')}</p>
              <label className="checkbox">
                <input type="checkbox" checked={correct} onChange={(event) => setCorrect(event.target.checked)} />
                {t('deadLetters.redrive.correct')}
              </label>
              {correct && (
                <FormField id="dead-letter-corrected" label={t('deadLetters.redrive.corrected')} hint={t('deadLetters.redrive.correctedHint')}>
                  {(control) => (
                    <textarea {...control} className="payload-editor" rows={8} spellCheck={false} value={corrected} onChange={(event) => setCorrected(event.target.value)} />
                  )}
                </FormField>
              )}
              {redrive.kind === 'confirming' || redrive.kind === 'sending' ? (
                <div className="confirm">
                  <p ref={confirmRef} tabIndex={-1} className="alert-headline">
                    {t('deadLetters.redrive.confirm', { source: summary.sourceTopic })}
                  </p>
                  <div className="actions">
                    <button type="button" className="button" disabled={redrive.kind === 'sending'} onClick={() => void send()}>
                      {t('deadLetters.redrive.yes')}
                    </button>
                    <button type="button" className="button button-secondary" disabled={redrive.kind === 'sending'} onClick={() => setRedrive({ kind: 'idle' })}>
                      {t('deadLetters.redrive.no')}
                    </button>
                  </div>
                </div>
              ) : (
                <button type="button" className="button" onClick={() => setRedrive({ kind: 'confirming' })}>
                  {t('deadLetters.redrive.button')}
                </button>
              )}
            </section>
          )}
          <div ref={resultRef} tabIndex={-1}>
            {redrive.kind === 'done' && (
              <div className="alert alert-success" role="status">
                <p>{t('deadLetters.redrive.done', { source: summary.sourceTopic })}</p>
              </div>
            )}
            {redrive.kind === 'failed' && <ErrorAlert headline="deadLetters.redrive.failed" error={redrive.error} />}
          </div>
        </>
      )}
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="break-words">{value}</dd>
    </div>
  );
}
