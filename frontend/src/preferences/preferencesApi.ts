import { api } from '../api/client';
import type { Fetch } from '../api/http';
import type { Language } from '../i18n/dictionary';

/** PUT /api/me/preferences with {"language":"nl"|"en"}: the account remembers the choice. */
export async function saveLanguagePreference(accessToken: string, language: Language, fetchImpl?: Fetch): Promise<void> {
  await api({ accessToken }, fetchImpl).PUT('/api/me/preferences', { body: { language } });
}
