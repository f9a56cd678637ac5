import { useCallback, useEffect, useId, useState } from 'react';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { FormField } from '../ui/FormField';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PassportView } from './PassportView';
import {
  createLink,
  downloadPdf,
  expiryDays,
  fetchOwnPassport,
  fetchShares,
  revokeShare,
  shareLinkUrl,
  shareWithAccount,
  type GranteeRole,
  type Passport,
  type PassportShare,
} from './passportApi';
import './passport.css';

type Loaded = { readonly passport: Passport; readonly shares: readonly PassportShare[] };

/** The seeker's passport: what others will see, the PDF, and sharing by link or with a named account (with revoke). */
export function PassportPage({ session }: { session: Session }) {
  const { t, language } = useI18n();
  useDocumentTitle(t('passport.title'));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [newLink, setNewLink] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkDays, setLinkDays] = useState<number>(30);
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<GranteeRole>('JOBCOACH');
  const [accountDays, setAccountDays] = useState<number>(30);
  const id = useId();

  const reload = useCallback(async () => {
    const [passport, shares] = await Promise.all([
      fetchOwnPassport(session.accessToken, language),
      fetchShares(session.accessToken, language),
    ]);
    setLoaded({ passport, shares });
  }, [session.accessToken, language]);

  useEffect(() => {
    reload().catch(setError);
  }, [reload]);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
      await reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const onCreateLink = () =>
    act(async () => {
      const created = await createLink(session.accessToken, linkDays, language);
      setNewLink(shareLinkUrl(created.token));
      setNotice(t('passport.share.linkCreated', { date: formatDate(created.share.expiresAt, language) }));
    });
  const onShareAccount = (event: React.FormEvent) => {
    event.preventDefault();
    return act(async () => {
      const share = await shareWithAccount(session.accessToken, username.trim(), role, accountDays, language);
      setUsername('');
      setNotice(t('passport.share.accountCreated', { username: share.granteeUsername ?? '' }));
    });
  };
  const onRevoke = (share: PassportShare) =>
    act(async () => {
      await revokeShare(session.accessToken, share.id, language);
      setNewLink(null);
      setNotice(t('passport.share.revoked'));
    });
  const onPdf = () => act(() => downloadPdf('/api/me/passport/pdf', session.accessToken));
  const onCopy = async () => {
    if (newLink && navigator.clipboard) {
      await navigator.clipboard.writeText(newLink).then(
        () => setNotice(t('passport.share.copied')),
        () => setNotice(t('passport.share.copyFailed')),
      );
    }
  };

  const dayText = (d: number) => (d === 1 ? t('passport.share.oneDay') : t('passport.share.dayCount', { count: d }));
  const active = loaded?.shares.filter((s) => s.active) ?? [];
  const shareText = (s: PassportShare) =>
    s.kind === 'LINK'
      ? t('passport.shares.link', { created: formatDate(s.createdAt, language), expires: formatDate(s.expiresAt, language) })
      : t('passport.shares.account', {
          username: s.granteeUsername ?? '',
          role: t(s.granteeRole === 'EMPLOYER' ? 'passport.role.EMPLOYER' : 'passport.role.JOBCOACH'),
          expires: formatDate(s.expiresAt, language),
        });

  return (
    <div className="passport-page">
      <header className="page-header">
        <h1>{t('passport.title')}</h1>
        <p className="lead">{t('passport.intro')}</p>
      </header>
      <div role="status" aria-live="polite">
        {loaded === null && error == null && <p className="progress">{t('passport.loading')}</p>}
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {error != null && <ErrorAlert headline="passport.failed" error={error} />}
      {loaded && (
        <>
          <section className="card" aria-labelledby="passport-share-heading">
            <h2 id="passport-share-heading">{t('passport.share.heading')}</h2>
            <p>{t('passport.share.text')}</p>
            <div className="passport-form">
              <FormField id={`${id}-link-days`} label={t('passport.share.days')}>
                {(control) => (
                  <select {...control} value={linkDays} onChange={(e) => setLinkDays(Number(e.target.value))}>
                    {expiryDays.map((d) => <option key={d} value={d}>{dayText(d)}</option>)}
                  </select>
                )}
              </FormField>
              <button type="button" className="button" onClick={onCreateLink} disabled={busy}>
                {t('passport.share.createLink')}
              </button>
            </div>
            {newLink && (
              <div className="passport-link">
                <FormField id={`${id}-link`} label={t('passport.share.linkLabel')} hint={t('passport.share.linkHint')}>
                  {(control) => <input {...control} type="text" readOnly value={newLink} onFocus={(e) => e.currentTarget.select()} />}
                </FormField>
                <button type="button" className="button button-secondary" onClick={onCopy}>{t('passport.share.copy')}</button>
              </div>
            )}

            <h3>{t('passport.share.accountHeading')}</h3>
            <p>{t('passport.share.accountText')}</p>
            <form className="passport-form" onSubmit={onShareAccount}>
              <FormField id={`${id}-username`} label={t('passport.share.username')}>
                {(control) => <input {...control} type="text" autoComplete="off" required maxLength={100} value={username} onChange={(e) => setUsername(e.target.value)} />}
              </FormField>
              <FormField id={`${id}-role`} label={t('passport.share.role')}>
                {(control) => (
                  <select {...control} value={role} onChange={(e) => setRole(e.target.value === 'EMPLOYER' ? 'EMPLOYER' : 'JOBCOACH')}>
                    <option value="JOBCOACH">{t('passport.role.JOBCOACH')}</option>
                    <option value="EMPLOYER">{t('passport.role.EMPLOYER')}</option>
                  </select>
                )}
              </FormField>
              <FormField id={`${id}-account-days`} label={t('passport.share.days')}>
                {(control) => (
                  <select {...control} value={accountDays} onChange={(e) => setAccountDays(Number(e.target.value))}>
                    {expiryDays.map((d) => <option key={d} value={d}>{dayText(d)}</option>)}
                  </select>
                )}
              </FormField>
              <button type="submit" className="button" disabled={busy}>{t('passport.share.shareAccount')}</button>
            </form>

            <h3>{t('passport.shares.heading')}</h3>
            {active.length === 0 ? (
              <p>{t('passport.shares.none')}</p>
            ) : (
              <ul className="passport-shares">
                {active.map((s) => (
                  <li key={s.id}>
                    {shareText(s)}{' '}
                    <button type="button" className="button button-secondary" onClick={() => onRevoke(s)} disabled={busy}
                      aria-label={t('passport.shares.revokeLabel', { share: shareText(s) })}>
                      {t('passport.shares.revoke')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <p className="muted">{t('passport.shares.audit')}</p>
          </section>

          <section className="card" aria-labelledby="passport-preview-heading">
            <h2 id="passport-preview-heading">{t('passport.preview.heading')}</h2>
            <button type="button" className="button button-secondary" onClick={onPdf} disabled={busy}>
              {t('passport.pdf.download')}
            </button>
            <PassportView passport={loaded.passport} headingLevel={3} />
          </section>
        </>
      )}
    </div>
  );
}
