import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import type { Language } from '../i18n/dictionary';
import { ErrorAlert } from '../ui/ErrorAlert';
import { saveLanguagePreference } from './preferencesApi';

type Save = (accessToken: string, language: Language) => Promise<void>;

/**
 * Keeps the account's language and this device's choice together while logged in:
 * - a choice made on this device wins and is saved to the account when it differs;
 * - without one, the account's language is adopted (the user chose it elsewhere).
 * A failed save is shown, and the choice stays on this device.
 */
export function LanguagePreferenceSync({ save = saveLanguagePreference }: { save?: Save }) {
  const { state } = useAuth();
  const { language, hasStoredChoice, setLanguage } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  // The language the account holds, as far as we know; null while logged out.
  const accountLanguage = useRef<Language | null>(null);
  const session = state.status === 'authenticated' ? state.session : null;

  useEffect(() => {
    if (!session) {
      accountLanguage.current = null;
      return;
    }
    if (accountLanguage.current === null) {
      const fromServer = session.me.language;
      accountLanguage.current = fromServer ?? language;
      if (fromServer && !hasStoredChoice && fromServer !== language) {
        setLanguage(fromServer);
        return;
      }
      if (fromServer === null) {
        return;
      }
    }
    if (language === accountLanguage.current) {
      return;
    }
    const previous = accountLanguage.current;
    accountLanguage.current = language;
    setFailure(null);
    save(session.accessToken, language).catch((error: unknown) => {
      accountLanguage.current = previous;
      setFailure(error);
    });
  }, [session, language, hasStoredChoice, setLanguage, save]);

  if (!failure) {
    return null;
  }
  return <ErrorAlert headline="preferences.notSaved" error={failure} onDismiss={() => setFailure(null)} />;
}
