import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';

export type InvitationStatus = Schema<'InvitationView'>['status'];

/** What the candidate shared on accepting; absent until then. */
export type SharedContact = Nullable<Schema<'ContactView'>, 'email' | 'phone'>;

/** An invitation as the employer sees it: pseudonymous until the candidate accepts. */
export type SentInvitation = Nullable<Omit<Schema<'InvitationView'>, 'contact'> & { readonly contact: SharedContact | null }, 'answeredAt'>;

export const maxInvitationMessage = 1000;

export async function fetchSentInvitations(vacancyId: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<SentInvitation[]> {
  const { items } = await answer(api({ accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl)
    .GET('/api/vacancies/{vacancyId}/invitations', { params: { path: { vacancyId }, query: { lang } } }));
  return items;
}

export function sendInvitation(vacancyId: string, candidateId: string, message: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<SentInvitation> {
  return answer(api({ accessToken, headers: { 'Accept-Language': lang } }, fetchImpl)
    .POST('/api/vacancies/{vacancyId}/invitations', { params: { path: { vacancyId }, query: { lang } }, body: { candidateId, message } }));
}
