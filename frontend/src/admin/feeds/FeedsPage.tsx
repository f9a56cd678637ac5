import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Session } from '../../auth/authService';
import { useI18n } from '../../i18n/I18nProvider';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormField } from '../../ui/FormField';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AdminBreadcrumb, adminPaths, formatInstant } from '../AdminSections';
import { feedMediaType, fetchRecentFeedJobs, type FeedJob } from './feedJobs';
import { jobProgress, uploadPercent } from './progress';
import { uploadFeed } from './uploadFeed';

type Upload =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending'; readonly percent: number }
  | { readonly kind: 'failed'; readonly error: unknown };

// The server's rule for a feed name (FeedVacancy.FEED).
const feedNamePattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Administrators upload a JSON Lines or CSV vacancy feed and see the recent jobs. */
export function FeedsPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('feeds.title'));
  const navigate = useNavigate();
  const [feed, setFeed] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ feed?: string; file?: string }>({});
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const [jobs, setJobs] = useState<{ list: FeedJob[] | null; error: unknown }>({ list: null, error: null });
  const abort = useRef<() => void>(() => {});

  useEffect(() => {
    const controller = new AbortController();
    fetchRecentFeedJobs(session.accessToken, controller.signal).then(
      (list) => setJobs({ list, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setJobs({ list: null, error });
      },
    );
    return () => {
      controller.abort();
      abort.current();
    };
  }, [session.accessToken]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { feed?: string; file?: string } = {};
    if (!feedNamePattern.test(feed)) found.feed = t('feeds.error.feedName');
    if (!file) found.file = t('feeds.error.fileRequired');
    else if (!feedMediaType(file.name)) found.file = t('feeds.error.fileType');
    setErrors(found);
    if (found.feed) document.getElementById('feed-name')?.focus();
    else if (found.file) document.getElementById('feed-file')?.focus();
    if (found.feed || found.file || !file) return;

    setUpload({ kind: 'sending', percent: 0 });
    const started = uploadFeed({
      feed,
      file,
      accessToken: session.accessToken,
      onProgress: (loaded, total) => setUpload({ kind: 'sending', percent: uploadPercent(loaded, total) }),
    });
    abort.current = started.abort;
    try {
      const job = await started.done;
      navigate(adminPaths.feedJob(job.id));
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setUpload({ kind: 'failed', error });
    }
  };

  return (
    <>
      <AdminBreadcrumb />
      <header className="page-header">
        <h1>{t('feeds.title')}</h1>
        <p className="lead">{t('feeds.intro')}</p>
      </header>

      <section className="panel" aria-labelledby="feed-upload-heading">
        <h2 id="feed-upload-heading">{t('feeds.upload.heading')}</h2>
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FormField id="feed-name" label={t('feeds.upload.feed')} hint={t('feeds.upload.feedHint')} error={errors.feed ?? null}>
            {(control) => <input {...control} type="text" autoComplete="off" value={feed} onChange={(e) => setFeed(e.target.value.trim())} />}
          </FormField>
          <FormField id="feed-file" label={t('feeds.upload.file')} hint={t('feeds.upload.fileHint')} error={errors.file ?? null}>
            {(control) => (
              <input {...control} type="file" accept=".jsonl,.ndjson,.csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            )}
          </FormField>
          <div className="actions">
            <button type="submit" className="button" disabled={upload.kind === 'sending'}>
              {t('feeds.upload.submit')}
            </button>
            {upload.kind === 'sending' && (
              <button type="button" className="button button-secondary" onClick={() => abort.current()}>
                {t('feeds.upload.cancel')}
              </button>
            )}
          </div>
          {upload.kind === 'sending' && (
            <div className="progress-block">
              <label htmlFor="feed-upload-progress">{t('feeds.upload.sending', { percent: upload.percent })}</label>
              <progress id="feed-upload-progress" max={100} value={upload.percent} aria-valuenow={upload.percent} aria-valuemin={0} aria-valuemax={100} />
            </div>
          )}
          {upload.kind === 'failed' && <ErrorAlert headline="feeds.upload.failed" error={upload.error} />}
        </form>
      </section>

      <section aria-labelledby="feed-jobs-heading">
        <h2 id="feed-jobs-heading">{t('feeds.jobs.heading')}</h2>
        {jobs.error != null && <ErrorAlert headline="feeds.jobs.failed" error={jobs.error} />}
        {jobs.list === null && jobs.error == null && <p className="muted">{t('feeds.jobs.loading')}</p>}
        {jobs.list !== null && jobs.list.length === 0 && <p>{t('feeds.jobs.none')}</p>}
        {jobs.list !== null && jobs.list.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">{t('feeds.jobs.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feeds.jobs.file')}</th>
                <th scope="col">{t('feeds.jobs.feed')}</th>
                <th scope="col">{t('feeds.job.status')}</th>
                <th scope="col">{t('feeds.jobs.done')}</th>
                <th scope="col">{t('feeds.jobs.started')}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.list.map((job) => {
                const progress = jobProgress(job);
                return (
                  <tr key={job.id}>
                    <th scope="row">
                      <Link to={adminPaths.feedJob(job.id)}>{job.fileName}</Link>
                    </th>
                    <td>{job.feed}</td>
                    <td>{t(`feeds.status.${job.status}`)}</td>
                    <td>{t('feeds.jobs.processed', { processed: progress.processed, total: progress.total })}</td>
                    <td>{formatInstant(job.startedAt, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
