import { useI18n } from '../i18n/I18nProvider';
import { languages, type Language, type MessageKey } from '../i18n/dictionary';

const languageNames: Readonly<Record<Language, MessageKey>> = {
  nl: 'layout.language.nl',
  en: 'layout.language.en',
};

/** NL | EN as two toggle buttons; the pressed one is the current language. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t('layout.language.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => setLanguage(option)}
        >
          {/* The visible code starts the accessible name, so speech input ("click EN") works (WCAG 2.5.3). */}
          {option.toUpperCase()}
          <span className="visually-hidden"> {t(languageNames[option])}</span>
        </button>
      ))}
    </div>
  );
}
