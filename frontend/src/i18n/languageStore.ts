import { isLanguage, type Language } from './dictionary';

/** The browser-side memory of the language choice; survives reloads and logins. */
export const languageStorageKey = 'vaardig.language';

export function readStoredLanguage(storage: Storage | undefined = safeLocalStorage()): Language | null {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can throw when disabled by the browser's privacy settings; then nothing is remembered.
    return null;
  }
}

export function storeLanguage(language: Language, storage: Storage | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // See readStoredLanguage: the choice then lasts only for this page view.
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
