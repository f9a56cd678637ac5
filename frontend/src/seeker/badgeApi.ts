import { apiRequest, type Fetch } from '../api/http';
import { ApiError, isRecord, networkProblem, problemFromResponse } from '../api/problem';
import type { Language } from '../i18n/dictionary';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

/** Why a badge is "niet geverifieerd": Vaardig checks no signature and fetches nothing (docs/badges.md). */
export type VerificationReason = 'HOSTED' | 'SIGNED' | 'PROOF' | 'NONE';
const reasons: readonly VerificationReason[] = ['HOSTED', 'SIGNED', 'PROOF', 'NONE'];

export interface BadgeSkill extends LabelInfo {
  readonly uri: string;
  readonly labelEn: string;
  readonly inProfile: boolean;
}

/** An imported Open Badge, as GET/POST /api/me/badges answer. */
export interface Badge {
  readonly id: string;
  readonly spec: 'OB2' | 'OB3';
  readonly name: string;
  readonly issuer: string | null;
  readonly issuedOn: string | null;
  readonly importedAt: string;
  readonly verified: boolean;
  readonly verificationReason: VerificationReason;
  readonly skills: readonly BadgeSkill[];
  /** ESCO URIs in the badge that this ESCO version does not know (import answer only). */
  readonly ignoredSkillUris: readonly string[];
}

/** Badge files are refused above this size by the server too; checked here first so nothing is sent in vain. */
export const maxBadgeBytes = 2 * 1024 * 1024;

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function parseBadge(json: unknown): Badge {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.name !== 'string' || !Array.isArray(json.skills)) {
    throw new Error('A badge has no "id", "name" and "skills".');
  }
  const reason = reasons.find((r) => r === json.verificationReason) ?? 'NONE';
  return {
    id: json.id,
    spec: json.spec === 'OB3' ? 'OB3' : 'OB2',
    name: json.name,
    issuer: text(json.issuer),
    issuedOn: text(json.issuedOn),
    importedAt: text(json.importedAt) ?? '',
    verified: json.verified === true,
    verificationReason: reason,
    skills: json.skills.filter(isRecord).map((s) => ({
      uri: String(s.uri),
      label: text(s.labelNl) ?? String(s.uri),
      labelLanguage: labelLanguage(s.labelNlLanguage),
      derived: s.labelNlDerived === true,
      labelEn: text(s.labelEn) ?? text(s.labelNl) ?? String(s.uri),
      inProfile: s.inProfile === true,
    })),
    ignoredSkillUris: Array.isArray(json.ignoredSkillUris) ? json.ignoredSkillUris.filter((u): u is string => typeof u === 'string') : [],
  };
}

export function parseBadges(json: unknown): Badge[] {
  if (!Array.isArray(json)) throw new Error('The badge list is not an array.');
  return json.map(parseBadge);
}

function headers(token: string, language: Language): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Accept-Language': language, Accept: 'application/json, application/problem+json' };
}

export function fetchBadges(token: string, language: Language, fetchImpl?: Fetch): Promise<Badge[]> {
  return apiRequest('/api/me/badges', parseBadges, { accessToken: token, headers: { 'Accept-Language': language } }, fetchImpl);
}

export function removeBadge(token: string, language: Language, id: string, fetchImpl?: Fetch): Promise<void> {
  return apiRequest(`/api/me/badges/${encodeURIComponent(id)}`, () => undefined,
    { method: 'DELETE', accessToken: token, headers: { 'Accept-Language': language } }, fetchImpl);
}

/** Sends the badge file itself as the body (JSON, PNG or SVG; the server tells them apart by their bytes). */
export async function importBadge(token: string, language: Language, file: Blob, fetchImpl: Fetch = (i, init) => fetch(i, init)): Promise<Badge> {
  let response: Response;
  try {
    response = await fetchImpl('/api/me/badges', {
      method: 'POST',
      headers: { ...headers(token, language), 'Content-Type': 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new ApiError('network', networkProblem(), { cause: error });
  }
  const body = await response.text();
  if (!response.ok) {
    throw new ApiError('http', problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), body));
  }
  return parseBadge(JSON.parse(body));
}
