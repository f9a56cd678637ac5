import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Session } from '../auth/authService';
import { useI18n } from '../i18n/I18nProvider';
import { formatDate } from '../i18n/format';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PassportView } from './PassportView';
import { downloadPdf, fetchPassportSharedWithMe, fetchSharedWithMe, type Passport, type SharedWithMe } from './passportApi';
import './passport.css';

/** For a coach or employer: the passports people shared with this account, and one of them opened (audited). */
export function SharedWithMePage({ session, basePath }: { session: Session; basePath: string }) {
  const { id } = useParams();
  const { t, language } = useI18n();
  useDocumentTitle(t('passport.sharedWithMe.title'));
  const [shared, setShared] = useState<readonly SharedWithMe[] | null>(null);
  const [passport, setPassport] = useState<Passport | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    setError(null);
    setPassport(null);
    const load = id ? fetchPassportSharedWithMe(session.accessToken, id, language).then((p) => active && setPassport(p))
      : fetchSharedWithMe(session.accessToken, language).then((list) => active && setShared(list));
    load.catch((failure: unknown) => active && setError(failure));
    return () => {
      active = false;
    };
  }, [id, session.accessToken, language]);

  return (
    <div className="passport-page">
      <header className="page-header">
        <h1>{t('passport.sharedWithMe.title')}</h1>
        <p className="lead">{t('passport.sharedWithMe.intro')}</p>
      </header>
      {error != null && <ErrorAlert headline="passport.failed" error={error} />}
      {id ? (
        <section className="card" aria-label={t('passport.sharedWithMe.title')}>
          <p><Link to={basePath}>{t('passport.sharedWithMe.back')}</Link></p>
          {passport && (
            <>
              <button type="button" className="button button-secondary"
                onClick={() => downloadPdf(`/api/passports/${encodeURIComponent(id)}/pdf`, session.accessToken).catch(setError)}>
                {t('passport.pdf.download')}
              </button>
              <PassportView passport={passport} />
            </>
          )}
        </section>
      ) : (
        <section className="card" aria-labelledby="passport-shared-list">
          <h2 id="passport-shared-list">{t('passport.sharedWithMe.listHeading')}</h2>
          {shared && shared.length === 0 && <p>{t('passport.sharedWithMe.none')}</p>}
          {shared && shared.length > 0 && (
            <ul>
              {shared.map((s) => (
                <li key={s.id}>
                  <Link to={`${basePath}/${s.id}`}>{t('passport.view.holder', { name: s.holderName })}</Link>{' '}
                  {t('passport.sharedWithMe.until', { date: formatDate(s.expiresAt, language) })}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
