import { useI18n } from '../i18n/I18nProvider';

/** Marks a label shown in English because ESCO has no Dutch one (only on Dutch pages). */
export function EnglishLabelTag({ labelLanguage }: { labelLanguage: string }) {
  const { t, language } = useI18n();
  if (labelLanguage !== 'en' || language === 'en') {
    return null;
  }
  return (
    <span className="lang-tag" title={t('taxonomy.englishLabel')} lang="en">
      EN<span className="visually-hidden"> – {t('taxonomy.englishLabel')}</span>
    </span>
  );
}
