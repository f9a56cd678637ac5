import { useEffect, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { erasedMarker } from './privacyApi';

/**
 * The confirmation after an erasure. Signing out goes through the identity provider and back to the start
 * page, so the page that asked for the erasure is gone by then; the start page shows this instead, once.
 */
export function AccountErasedNotice({ children }: { children: ReactNode }) {
  const [erasedAt] = useState(() => window.sessionStorage.getItem(erasedMarker));
  useEffect(() => {
    if (erasedAt) window.sessionStorage.removeItem(erasedMarker);
  }, [erasedAt]);
  return erasedAt ? <AccountErasedPage /> : <>{children}</>;
}

function AccountErasedPage() {
  const { t } = useI18n();
  useDocumentTitle(t('privacy.erased.title'));
  return (
    <>
      <header className="page-header">
        <h1>{t('privacy.erased.title')}</h1>
      </header>
      <div className="alert alert-success" role="status">
        <p>{t('privacy.erased.text')}</p>
      </div>
      <p>{t('privacy.erased.remains')}</p>
      <p>{t('privacy.erased.signedOut')}</p>
      <p>
        <a href="/">{t('privacy.erased.home')}</a>
      </p>
    </>
  );
}
