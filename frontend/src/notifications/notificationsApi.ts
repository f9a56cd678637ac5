import { apiRequest, ignoreBody, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';

/** GET/PUT /api/me/notifications: which e-mail notifications the signed-in person gets, and where. */
export interface NotificationSettings {
  /** null: no address saved, nothing is mailed (the default). */
  readonly email: string | null;
  readonly invitations: boolean;
  readonly proposals: boolean;
  readonly answers: boolean;
}

export type NotificationKind = 'invitations' | 'proposals' | 'answers';
export const notificationKinds: readonly NotificationKind[] = ['invitations', 'proposals', 'answers'];

export function parseNotificationSettings(json: unknown): NotificationSettings {
  if (!isRecord(json)) throw new Error('/api/me/notifications did not return an object.');
  return {
    email: typeof json.email === 'string' ? json.email : null,
    invitations: json.invitations === true,
    proposals: json.proposals === true,
    answers: json.answers === true,
  };
}

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The same rule as the server: something@domain.tld, at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  const email = value.trim();
  return email.length <= 254 && emailPattern.test(email);
}

export async function fetchNotificationSettings(accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest('/api/me/notifications', parseNotificationSettings, { accessToken, signal }, fetchImpl);
}

export async function saveNotificationSettings(
  settings: { email: string; invitations: boolean; proposals: boolean; answers: boolean },
  language: string,
  accessToken: string,
  fetchImpl?: Fetch,
) {
  return apiRequest(
    '/api/me/notifications',
    parseNotificationSettings,
    { method: 'PUT', body: { ...settings, email: settings.email.trim() }, accessToken, headers: { 'Accept-Language': language } },
    fetchImpl,
  );
}

/** Everything off, and the address forgotten. */
export async function switchNotificationsOff(accessToken: string, fetchImpl?: Fetch): Promise<void> {
  await apiRequest('/api/me/notifications', ignoreBody, { method: 'DELETE', accessToken }, fetchImpl);
}
