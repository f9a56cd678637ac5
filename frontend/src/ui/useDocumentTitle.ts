import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** Every page gets its own title (WCAG 2.4.2), in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useI18n();
  const productName = t('app.name');
  useEffect(() => {
    document.title = pageTitle === productName ? productName : `${pageTitle} – ${productName}`;
  }, [pageTitle, productName]);
}
