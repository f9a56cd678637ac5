import type { Language } from '../i18n/dictionary';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import type { LabelInfo } from './labels';

/**
 * A skill or occupation label with where it comes from: a derived Dutch label carries a visible "afgeleid" marker
 * (its title and screen-reader text say it is an automatic translation, not the ESCO name); an English label shown on
 * a Dutch page because no Dutch one exists carries "EN". Markers are words, never colour alone.
 */
export function ConceptLabel({ label, labelLanguage, derived }: LabelInfo) {
  const { t, language } = useI18n();
  const derivedNote = t('taxonomy.derivedLabel.title');
  return (
    <>
      <span className="concept-label" lang={labelLanguage === language ? undefined : labelLanguage}>
        {label}
      </span>
      {derived && labelLanguage === 'nl' && (
        <>
          {' '}
          <span className="label-source label-derived" title={derivedNote}>
            {t('taxonomy.derivedLabel')}
            <span className="visually-hidden"> – {derivedNote}</span>
          </span>
        </>
      )}
      {labelLanguage === 'en' && language !== 'en' && (
        <>
          {' '}
          <span className="label-source lang-tag" title={t('taxonomy.englishLabel')} lang="en">
            EN<span className="visually-hidden" lang="nl"> – {t('taxonomy.englishLabel')}</span>
          </span>
        </>
      )}
    </>
  );
}

/**
 * The same as plain text, for places that cannot hold markup (a select's options, chart labels, accessible names):
 * "label (afgeleid)", or "label (EN)" for an English label on a Dutch page.
 */
export function conceptLabelText({ label, labelLanguage, derived }: LabelInfo, t: Translate, language: Language): string {
  if (derived && labelLanguage === 'nl') return `${label} (${t('taxonomy.derivedLabel')})`;
  if (labelLanguage === 'en' && language !== 'en') return `${label} (EN)`;
  return label;
}
