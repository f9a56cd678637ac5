import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';

/**
 * GET/PUT /api/me/notifications: which e-mail notifications the signed-in person gets, and where; `email` null: no
 * address saved, nothing is mailed (the default).
 */
export type NotificationSettings = Nullable<Schema<'Settings'>, 'email'>;

export type NotificationKind = 'invitations' | 'proposals' | 'answers';
export const notificationKinds: readonly NotificationKind[] = ['invitations', 'proposals', 'answers'];

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The same rule as the server: something@domain.tld, at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  const email = value.trim();
  return email.length <= 254 && emailPattern.test(email);
}

export async function fetchNotificationSettings(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<NotificationSettings> {
  return answer(api({ accessToken, signal }, fetchImpl).GET('/api/me/notifications'));
}

export async function saveNotificationSettings(
  settings: Schema<'SettingsInput'> & { readonly email: string },
  language: string,
  accessToken: string,
  fetchImpl?: Fetch,
): Promise<NotificationSettings> {
  return answer(api({ accessToken, headers: { 'Accept-Language': language } }, fetchImpl)
    .PUT('/api/me/notifications', { body: { ...settings, email: settings.email.trim() } }));
}

/** Everything off, and the address forgotten. */
export async function switchNotificationsOff(accessToken: string, fetchImpl?: Fetch): Promise<void> {
  await api({ accessToken }, fetchImpl).DELETE('/api/me/notifications');
}
