import { apiRequest, ignoreBody as ignore, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { readLabel, type LabelInfo } from '../taxonomy/labels';

/** Issue 19, team outlook: the employer's rounds of the four questions and the worker's answer page (by link). */
export interface OutlookSummary {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly regionName: string;
  readonly skills: number;
  readonly createdAt: string;
}

export type TrendKind = 'GROWING' | 'STABLE' | 'SHRINKING' | 'NOT_ENOUGH_DATA';

/** One skill of the team: the counts (null = not shown) beside the regional trend and prognosis. */
export interface OutlookSkill extends LabelInfo {
  readonly uri: string;
  readonly answered: number | null;
  readonly doesIt: number | null;
  readonly canDoIt: number | null;
  readonly wantsToLearn: number | null;
  readonly givesEnergy: number | null;
  readonly trend: { readonly kind: TrendKind; readonly percent: number | null; readonly from: string | null; readonly to: string | null };
  readonly prognosis: { readonly quarter: string; readonly prognosis: number; readonly lower80: number; readonly upper80: number } | null;
}

export interface OutlookInvitation {
  readonly id: string;
  readonly email: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly status: 'OPEN' | 'EXPIRED' | 'REVOKED';
}

export interface OutlookDetail {
  readonly id: string;
  readonly name: string;
  readonly region: string;
  readonly regionName: string;
  readonly invited: number;
  readonly answered: number;
  readonly minimum: number;
  readonly shown: boolean;
  readonly skills: readonly OutlookSkill[];
  readonly invitations: readonly OutlookInvitation[];
  readonly synthetic: boolean;
}

/** The worker's own view: the team's skills with their own answers (null while not answered). */
export interface WorkerSkill extends LabelInfo {
  readonly uri: string;
  readonly doesIt: boolean | null;
  readonly canDoIt: boolean | null;
  readonly wantsToLearn: boolean | null;
  readonly givesEnergy: boolean | null;
}

export interface WorkerView {
  readonly organisation: string;
  readonly teamName: string;
  readonly expiresAt: string;
  readonly expired: boolean;
  readonly answered: boolean;
  readonly minimum: number;
  readonly skills: readonly WorkerSkill[];
}

export interface WorkerAnswer {
  readonly skill: string;
  readonly doesIt: boolean;
  readonly canDoIt: boolean;
  readonly wantsToLearn: boolean;
  readonly givesEnergy: boolean;
}

const countOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const flagOrNull = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function parseTrend(value: unknown): OutlookSkill['trend'] {
  const r = isRecord(value) ? value : {};
  const kind = ['GROWING', 'STABLE', 'SHRINKING'].includes(text(r.kind)) ? (text(r.kind) as TrendKind) : 'NOT_ENOUGH_DATA';
  return { kind, percent: countOrNull(r.percent), from: typeof r.from === 'string' ? r.from : null, to: typeof r.to === 'string' ? r.to : null };
}

function parsePrognosis(value: unknown): OutlookSkill['prognosis'] {
  if (!isRecord(value) || typeof value.quarter !== 'string') return null;
  return { quarter: value.quarter, prognosis: Number(value.prognosis), lower80: Number(value.lower80), upper80: Number(value.upper80) };
}

export function parseDetail(json: unknown): OutlookDetail {
  if (!isRecord(json) || !Array.isArray(json.skills) || !Array.isArray(json.invitations)) throw new Error('A team outlook has skills and invitations.');
  return {
    id: text(json.id),
    name: text(json.name),
    region: text(json.region),
    regionName: text(json.regionName),
    invited: Number(json.invited ?? 0),
    answered: Number(json.answered ?? 0),
    minimum: Number(json.minimum ?? 5),
    shown: json.shown === true,
    synthetic: json.synthetic === true,
    skills: json.skills.filter(isRecord).map((s) => ({
      uri: text(s.uri),
      ...readLabel(s, text(s.uri)),
      answered: countOrNull(s.answered),
      doesIt: countOrNull(s.doesIt),
      canDoIt: countOrNull(s.canDoIt),
      wantsToLearn: countOrNull(s.wantsToLearn),
      givesEnergy: countOrNull(s.givesEnergy),
      trend: parseTrend(s.trend),
      prognosis: parsePrognosis(s.prognosis),
    })),
    invitations: json.invitations.filter(isRecord).map((i) => ({
      id: text(i.id),
      email: text(i.email),
      createdAt: text(i.createdAt),
      expiresAt: text(i.expiresAt),
      status: i.status === 'REVOKED' ? 'REVOKED' : i.status === 'EXPIRED' ? 'EXPIRED' : 'OPEN',
    })),
  };
}

export function parseSummaries(json: unknown): OutlookSummary[] {
  if (!Array.isArray(json)) throw new Error('A list of team outlooks.');
  return json.filter(isRecord).map((o) => ({
    id: text(o.id), name: text(o.name), region: text(o.region), regionName: text(o.regionName),
    skills: Number(o.skills ?? 0), createdAt: text(o.createdAt),
  }));
}

export function parseWorkerView(json: unknown): WorkerView {
  if (!isRecord(json) || !Array.isArray(json.skills)) throw new Error('A worker view has skills.');
  return {
    organisation: text(json.organisation),
    teamName: text(json.teamName),
    expiresAt: text(json.expiresAt),
    expired: json.expired === true,
    answered: json.answered === true,
    minimum: Number(json.minimum ?? 5),
    skills: json.skills.filter(isRecord).map((s) => ({
      uri: text(s.uri),
      ...readLabel(s, text(s.uri)),
      doesIt: flagOrNull(s.doesIt),
      canDoIt: flagOrNull(s.canDoIt),
      wantsToLearn: flagOrNull(s.wantsToLearn),
      givesEnergy: flagOrNull(s.givesEnergy),
    })),
  };
}

/** Addresses from free text: one per line, or separated by commas, semicolons or spaces; empty parts dropped. */
export function splitAddresses(input: string): string[] {
  return input.split(/[\s,;]+/).map((part) => part.trim()).filter((part) => part !== '');
}

const langHeaders = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export function fetchOutlooks(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest('/api/team/outlooks', parseSummaries, { accessToken, signal, headers: langHeaders(lang) }, fetchImpl);
}

export function createOutlook(input: { name: string; region: string; skills: readonly string[] }, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/outlooks?lang=${lang}`, parseDetail, { method: 'POST', body: input, accessToken, headers: langHeaders(lang) }, fetchImpl);
}

export function fetchOutlook(id: string, lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/outlooks/${encodeURIComponent(id)}?lang=${lang}`, parseDetail, { accessToken, signal, headers: langHeaders(lang) }, fetchImpl);
}

export function deleteOutlook(id: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/outlooks/${encodeURIComponent(id)}`, ignore, { method: 'DELETE', accessToken, headers: langHeaders(lang) }, fetchImpl);
}

export function inviteWorkers(id: string, emails: readonly string[], lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/outlooks/${encodeURIComponent(id)}/invitations`, ignore, { method: 'POST', body: { emails }, accessToken, headers: langHeaders(lang) }, fetchImpl);
}

export function revokeInvitation(id: string, invitationId: string, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/outlooks/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitationId)}`, ignore,
    { method: 'DELETE', accessToken, headers: langHeaders(lang) }, fetchImpl);
}

export function openAnswerLink(token: string, lang: 'nl' | 'en', fetchImpl?: Fetch) {
  return apiRequest(`/api/public/team-outlook/${encodeURIComponent(token)}?lang=${lang}`, parseWorkerView, { headers: langHeaders(lang) }, fetchImpl);
}

export function saveAnswers(token: string, consent: boolean, answers: readonly WorkerAnswer[], lang: 'nl' | 'en', fetchImpl?: Fetch) {
  return apiRequest(`/api/public/team-outlook/${encodeURIComponent(token)}?lang=${lang}`, parseWorkerView,
    { method: 'PUT', body: { consent, answers }, headers: langHeaders(lang) }, fetchImpl);
}

export function withdrawAnswers(token: string, lang: 'nl' | 'en', fetchImpl?: Fetch) {
  return apiRequest(`/api/public/team-outlook/${encodeURIComponent(token)}`, ignore, { method: 'DELETE', headers: langHeaders(lang) }, fetchImpl);
}
