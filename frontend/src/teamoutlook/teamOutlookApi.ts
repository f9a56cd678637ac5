import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

/** Issue 19, team outlook: the employer's rounds of the four questions and the worker's answer page (by link). */
export type OutlookSummary = Schema<'TeamOutlookSummary'>;

export type TrendKind = 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';

type Counts = 'answered' | 'doesIt' | 'canDoIt' | 'wantsToLearn' | 'givesEnergy';
type Answers = 'doesIt' | 'canDoIt' | 'wantsToLearn' | 'givesEnergy';

/** One skill of the team: the counts (null = not shown) beside the regional trend and prognosis (null = none). */
export type OutlookSkill = Omit<Nullable<Schema<'TeamOutlookSkill'>, Counts | 'prognosis'>, 'trend' | keyof LabelInfo> & LabelInfo & {
  readonly trend: Omit<Nullable<Schema<'Trend'>, 'percent' | 'from' | 'to'>, 'kind'> & { readonly kind: TrendKind };
};

export type OutlookInvitation = Omit<Schema<'TeamOutlookInvitation'>, 'status'> & { readonly status: 'OPEN' | 'EXPIRED' | 'REVOKED' };

export type OutlookDetail = Omit<Schema<'TeamOutlookDetail'>, 'skills' | 'invitations'> & {
  readonly skills: readonly OutlookSkill[];
  readonly invitations: readonly OutlookInvitation[];
};

/** The worker's own view: the team's skills with their own answers (null while not answered). */
export type WorkerSkill = Omit<Nullable<Schema<'TeamOutlookWorkerSkill'>, Answers>, keyof LabelInfo> & LabelInfo;

export type WorkerView = Omit<Schema<'TeamOutlookWorkerView'>, 'skills'> & { readonly skills: readonly WorkerSkill[] };

export type WorkerAnswer = Schema<'TeamOutlookAnswer'>;

const trendKinds: readonly string[] = ['GROWING', 'STABLE', 'SHRINKING'];
const invitationStatuses: readonly string[] = ['OPEN', 'EXPIRED', 'REVOKED'];

/** The trend class, the invitation status and the label language as the pages tell them apart. */
function toDetail(detail: Schema<'TeamOutlookDetail'>): OutlookDetail {
  return {
    ...detail,
    skills: detail.skills.map((skill) => ({
      ...skill,
      labelLanguage: labelLanguage(skill.labelLanguage),
      trend: { ...skill.trend, kind: trendKinds.includes(skill.trend.kind) ? (skill.trend.kind as TrendKind) : 'NOT_ENOUGH_DATA' },
    })),
    invitations: detail.invitations.map((invitation) => ({
      ...invitation,
      status: invitationStatuses.includes(invitation.status) ? (invitation.status as OutlookInvitation['status']) : 'OPEN',
    })),
  };
}

function toWorkerView(view: Schema<'TeamOutlookWorkerView'>): WorkerView {
  return { ...view, skills: view.skills.map((skill) => ({ ...skill, labelLanguage: labelLanguage(skill.labelLanguage) })) };
}

/** Addresses from free text: one per line, or separated by commas, semicolons or spaces; empty parts dropped. */
export function splitAddresses(input: string): string[] {
  return input.split(/[\s,;]+/).map((part) => part.trim()).filter((part) => part !== '');
}

const langHeaders = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export function fetchOutlooks(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<OutlookSummary[]> {
  return answer(api({ accessToken, signal, headers: langHeaders(lang) }, fetchImpl).GET('/api/team/outlooks'));
}

export async function createOutlook(input: Schema<'TeamOutlookInput'>, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<OutlookDetail> {
  return toDetail(await answer(api({ accessToken, headers: langHeaders(lang) }, fetchImpl)
    .POST('/api/team/outlooks', { params: { query: { lang } }, body: input })));
}

export async function fetchOutlook(id: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<OutlookDetail> {
  return toDetail(await answer(api({ accessToken, signal, headers: langHeaders(lang) }, fetchImpl)
    .GET('/api/team/outlooks/{id}', { params: { path: { id }, query: { lang } } })));
}

export async function deleteOutlook(id: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<void> {
  await api({ accessToken, headers: langHeaders(lang) }, fetchImpl).DELETE('/api/team/outlooks/{id}', { params: { path: { id } } });
}

export async function inviteWorkers(id: string, emails: readonly string[], lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<void> {
  await api({ accessToken, headers: langHeaders(lang) }, fetchImpl)
    .POST('/api/team/outlooks/{id}/invitations', { params: { path: { id } }, body: { emails: [...emails] } });
}

export async function revokeInvitation(id: string, invitationId: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<void> {
  await api({ accessToken, headers: langHeaders(lang) }, fetchImpl)
    .DELETE('/api/team/outlooks/{id}/invitations/{invitationId}', { params: { path: { id, invitationId } } });
}

export async function openAnswerLink(token: string, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<WorkerView> {
  return toWorkerView(await answer(api({ headers: langHeaders(lang) }, fetchImpl)
    .GET('/api/public/team-outlook/{token}', { params: { path: { token }, query: { lang } } })));
}

export async function saveAnswers(token: string, consent: boolean, answers: readonly WorkerAnswer[], lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<WorkerView> {
  return toWorkerView(await answer(api({ headers: langHeaders(lang) }, fetchImpl)
    .PUT('/api/public/team-outlook/{token}', { params: { path: { token }, query: { lang } }, body: { consent, answers: [...answers] } })));
}

export async function withdrawAnswers(token: string, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<void> {
  await api({ headers: langHeaders(lang) }, fetchImpl).DELETE('/api/public/team-outlook/{token}', { params: { path: { token } } });
}
