import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { defaultLanguage, translate, type Language, type MessageKey, type MessageParams } from './dictionary';
import { readStoredLanguage, storeLanguage } from './languageStore';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nContextValue {
  readonly language: Language;
  /** True when the user chose a language on this device (stored), false when the default applies. */
  readonly hasStoredChoice: boolean;
  readonly setLanguage: (language: Language) => void;
  readonly t: Translate;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [state, setState] = useState(() => {
    const stored = readStoredLanguage();
    return { language: initialLanguage ?? stored ?? defaultLanguage, hasStoredChoice: stored !== null };
  });

  const setLanguage = useCallback((language: Language) => {
    storeLanguage(language);
    setState({ language, hasStoredChoice: true });
  }, []);

  // <html lang> tells screen readers which pronunciation to use (WCAG 3.1.1).
  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);

  const value = useMemo<I18nContextValue>(
    () => ({
      language: state.language,
      hasStoredChoice: state.hasStoredChoice,
      setLanguage,
      t: (key, params) => translate(state.language, key, params),
    }),
    [state, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) {
    throw new Error('useI18n must be used inside <I18nProvider>');
  }
  return context;
}
