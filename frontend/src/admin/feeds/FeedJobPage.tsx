import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Session } from '../../auth/authService';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { reasonText } from '../deadletters/reasonText';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AdminBreadcrumb, adminPaths, formatInstant } from '../AdminSections';
import { fetchFeedJob, type FeedJob } from './feedJobs';
import { jobProgress, jobSettled } from './progress';

export const pollIntervalMs = 1000;

interface FeedJobPageProps {
  readonly session: Session;
  readonly load?: (id: string, accessToken: string, signal: AbortSignal) => Promise<FeedJob>;
}

/** One upload's progress, polled every second until it is done (the polling can be paused). */
export function FeedJobPage({ session, load = fetchFeedJob }: FeedJobPageProps) {
  const { t } = useI18n();
  useDocumentTitle(t('feeds.job.title'));
  const { id = '' } = useParams();
  const [job, setJob] = useState<FeedJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  // WCAG 2.2.2: content that updates by itself can be paused.
  const [follow, setFollow] = useState(true);
  const settled = job !== null && jobSettled(job);

  const refresh = useCallback(
    async (signal: AbortSignal) => {
      try {
        const next = await load(id, session.accessToken, signal);
        if (!signal.aborted) {
          setJob(next);
          setError(null);
        }
      } catch (failure) {
        if (!signal.aborted) setError(failure);
      }
    },
    [id, load, session.accessToken],
  );

  useEffect(() => {
    const controller = new AbortController();
    void refresh(controller.signal);
    return () => controller.abort();
  }, [refresh]);

  useEffect(() => {
    if (!follow || settled) return;
    const controller = new AbortController();
    const timer = window.setInterval(() => void refresh(controller.signal), pollIntervalMs);
    return () => {
      window.clearInterval(timer);
      controller.abort();
    };
  }, [follow, settled, refresh]);

  return (
    <>
      <AdminBreadcrumb trail={[{ to: adminPaths.feeds, label: t('feeds.title') }]} />
      <header className="page-header">
        <h1>{t('feeds.job.title')}</h1>
        {job && <p className="lead">{t('feeds.job.subtitle', { file: job.fileName, feed: job.feed })}</p>}
      </header>
      {error != null && <ErrorAlert headline="feeds.job.failed" error={error} />}
      {job === null && error == null && <p className="muted">{t('feeds.jobs.loading')}</p>}
      {job && (
        <>
          {!settled && (
            <label className="checkbox">
              <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} />
              {t('feeds.job.follow')}
            </label>
          )}
          <JobProgressView job={job} />
          <JobErrors job={job} />
        </>
      )}
    </>
  );
}

export function JobProgressView({ job }: { job: FeedJob }) {
  const { t, language } = useI18n();
  const progress = jobProgress(job);
  const numberFormat = new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB');
  const count = (value: number) => numberFormat.format(value);
  const statusText = t(`feeds.status.${job.status}`);
  return (
    <section className="panel" aria-labelledby="job-progress-heading">
      <h2 id="job-progress-heading">{t('feeds.job.progress')}</h2>
      {/* Announces the status when it changes (reading → processing → done), not every count. */}
      <p role="status" className={`job-status job-status-${job.status.toLowerCase()}`}>
        {t('feeds.job.statusLine', { status: statusText })}
      </p>
      <div className="progress-block">
        <span id="job-progress-label">{t('feeds.job.progressLabel')}</span>
        {progress.percent === null ? (
          <progress aria-labelledby="job-progress-label" aria-valuetext={t('feeds.job.reading')} />
        ) : (
          <progress
            aria-labelledby="job-progress-label"
            max={100}
            value={progress.percent}
            aria-valuenow={progress.percent}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuetext={t('feeds.job.percent', { percent: progress.percent, processed: count(progress.processed), total: count(progress.total) })}
          />
        )}
        <span aria-hidden="true" className="progress-percent">
          {progress.percent === null ? t('feeds.job.reading') : `${progress.percent}%`}
        </span>
      </div>
      <dl className="facts job-counts">
        <Fact label={t('feeds.job.total')} value={count(progress.total)} />
        <Fact label={t('feeds.job.valid')} value={count(job.recordsValid)} />
        <Fact label={t('feeds.job.stored')} value={count(job.stored)} />
        <Fact label={t('feeds.job.failedCount')} value={count(job.failed + job.recordsInvalid)} />
        <Fact label={t('feeds.job.rate')} value={t('feeds.job.perSecond', { rate: numberFormat.format(job.ratePerSecond) })} />
        {progress.secondsLeft !== null && <Fact label={t('feeds.job.left')} value={t('feeds.job.seconds', { seconds: progress.secondsLeft })} />}
        <Fact label={t('feeds.jobs.started')} value={formatInstant(job.startedAt, language)} />
        {job.finishedAt && <Fact label={t('feeds.job.finished')} value={formatInstant(job.finishedAt, language)} />}
      </dl>
      {job.status === 'STALLED' && (
        <p className="alert alert-error">
          {t('feeds.job.stalled', { outstanding: count(Math.max(0, job.recordsValid - job.stored - job.failed)) })}
        </p>
      )}
      {job.status === 'STALLED' && job.stall ? (
        <p className="muted">{t(`feeds.stall.${job.stall.kind}`, {
          minutes: count(job.stall.minutes),
          read: count(job.recordsRead),
          lag: count(job.stall.lag ?? 0),
        })}</p>
      ) : (
        job.message && <p className={job.status === 'FAILED' ? 'alert alert-error' : 'muted'}>{job.message}</p>
      )}
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function JobErrors({ job }: { job: FeedJob }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="job-errors-heading">
      <h2 id="job-errors-heading">{t('feeds.job.errors')}</h2>
      {job.errors.length === 0 ? (
        <p>{t('feeds.job.noErrors')}</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">{t('feeds.job.errors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('deadLetters.line')}</th>
              <th scope="col">{t('deadLetters.reason')}</th>
              <th scope="col">{t('deadLetters.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {job.errors.map((letter) => (
              <tr key={letter.id}>
                <th scope="row">
                  <Link to={adminPaths.deadLetter(letter.id)}>{letter.line === null ? t('deadLetters.open') : t('deadLetters.lineN', { line: letter.line })}</Link>
                </th>
                <td>{reasonText(t, letter.reason)}</td>
                <td className="break-words">{letter.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
