import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../api/problem';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PassportView } from './PassportView';
import { downloadPdf, fetchSharedPassport, type Passport } from './passportApi';
import './passport.css';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly passport: Passport }
  | { readonly status: 'gone' }
  | { readonly status: 'error'; readonly error: unknown };

/** The page at a share link: no account needed; a revoked, expired or unknown link says so and shows nothing. */
export function SharedPassportPage() {
  const { token = '' } = useParams();
  const { t, language } = useI18n();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [pdfError, setPdfError] = useState<unknown>(null);
  useDocumentTitle(state.status === 'ready' ? t('passport.view.holder', { name: state.passport.holderName }) : t('passport.shared.title'));

  useEffect(() => {
    let active = true;
    fetchSharedPassport(token, language).then(
      (passport) => active && setState({ status: 'ready', passport }),
      (error: unknown) => active && setState(isApiError(error) && error.status === 404 ? { status: 'gone' } : { status: 'error', error }),
    );
    return () => {
      active = false;
    };
  }, [token, language]);

  return (
    <div className="passport-page">
      <header className="page-header">
        <h1>{t('passport.shared.title')}</h1>
        {state.status === 'ready' && <p className="lead">{t('passport.shared.intro', { name: state.passport.holderName })}</p>}
      </header>
      <div role="status" aria-live="polite">
        {state.status === 'loading' && <p className="progress">{t('passport.loading')}</p>}
      </div>
      {state.status === 'gone' && (
        <section className="card" aria-labelledby="passport-gone-heading">
          <h2 id="passport-gone-heading">{t('passport.shared.goneHeading')}</h2>
          <p>{t('passport.shared.gone')}</p>
        </section>
      )}
      {state.status === 'error' && <ErrorAlert headline="passport.failed" error={state.error} />}
      {state.status === 'ready' && (
        <section className="card" aria-label={t('passport.shared.title')}>
          <button type="button" className="button button-secondary"
            onClick={() => downloadPdf(`/api/public/passports/${encodeURIComponent(token)}/pdf`, null).catch(setPdfError)}>
            {t('passport.pdf.download')}
          </button>
          {pdfError != null && <ErrorAlert headline="passport.pdf.failed" error={pdfError} />}
          <PassportView passport={state.passport} />
        </section>
      )}
    </div>
  );
}
