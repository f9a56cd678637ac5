import { apiRequest, ignoreBody } from '../api/http';
import { ApiError, isRecord, problemFromResponse } from '../api/problem';
import { labelLanguage, type LabelLanguage } from '../taxonomy/labels';

/** A concept label as the server gives it: Dutch, or English when ESCO has no Dutch one; derived = not ESCO's name. */
export interface PassportLabel {
  readonly uri: string;
  readonly label: string;
  readonly labelLanguage: LabelLanguage;
  readonly derived: boolean;
}

export interface PassportSkill {
  readonly skill: PassportLabel;
  readonly level: string;
  readonly evidence: string;
  readonly proofText: string | null;
  readonly proofUrl: string | null;
  readonly doesIt: boolean;
  readonly givesEnergy: boolean;
}

export interface PassportGroup {
  readonly label: string;
  readonly skills: readonly PassportSkill[];
}

/** The skills passport: confirmed skills grouped by ESCO skill group, what the person wants to learn, what gives energy. */
export interface Passport {
  readonly holderName: string;
  readonly occupation: PassportLabel | null;
  readonly region: string | null;
  readonly groups: readonly PassportGroup[];
  readonly wantsToLearn: readonly PassportLabel[];
  readonly givesEnergy: readonly PassportLabel[];
  readonly madeAt: string;
}

export type ShareKind = 'LINK' | 'ACCOUNT';
export type GranteeRole = 'JOBCOACH' | 'EMPLOYER';

export interface PassportShare {
  readonly id: string;
  readonly kind: ShareKind;
  readonly granteeUsername: string | null;
  readonly granteeRole: GranteeRole | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly active: boolean;
}

export interface CreatedLink {
  readonly share: PassportShare;
  readonly token: string;
}

export interface SharedWithMe {
  readonly id: string;
  readonly holderName: string;
  readonly expiresAt: string;
}

/** The expiry choices offered; the server accepts 1 to 90 days. */
export const expiryDays = [1, 7, 30, 90] as const;

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new Error(`${field} is not a string`);
  return value;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function parseLabel(json: unknown): PassportLabel {
  if (!isRecord(json)) throw new Error('not a label');
  return { uri: text(json.uri, 'uri'), label: text(json.label, 'label'), labelLanguage: labelLanguage(json.labelLanguage), derived: json.derived === true };
}

function list<T>(json: unknown, item: (value: unknown) => T, field: string): T[] {
  if (!Array.isArray(json)) throw new Error(`${field} is not a list`);
  return json.map(item);
}

export function parsePassport(json: unknown): Passport {
  if (!isRecord(json)) throw new Error('not a passport');
  return {
    holderName: text(json.holderName, 'holderName'),
    occupation: json.occupation == null ? null : parseLabel(json.occupation),
    region: optionalText(json.region),
    groups: list(json.groups, (g) => {
      if (!isRecord(g)) throw new Error('not a group');
      return {
        label: text(g.label, 'label'),
        skills: list(g.skills, (s) => {
          if (!isRecord(s)) throw new Error('not a skill');
          return {
            skill: parseLabel(s.skill),
            level: text(s.level, 'level'),
            evidence: text(s.evidence, 'evidence'),
            proofText: optionalText(s.proofText),
            proofUrl: optionalText(s.proofUrl),
            doesIt: s.doesIt === true,
            givesEnergy: s.givesEnergy === true,
          };
        }, 'skills'),
      };
    }, 'groups'),
    wantsToLearn: list(json.wantsToLearn, parseLabel, 'wantsToLearn'),
    givesEnergy: list(json.givesEnergy, parseLabel, 'givesEnergy'),
    madeAt: text(json.madeAt, 'madeAt'),
  };
}

export function parseShare(json: unknown): PassportShare {
  if (!isRecord(json)) throw new Error('not a share');
  const kind = text(json.kind, 'kind');
  if (kind !== 'LINK' && kind !== 'ACCOUNT') throw new Error(`unknown share kind ${kind}`);
  const role = optionalText(json.granteeRole);
  return {
    id: text(json.id, 'id'),
    kind,
    granteeUsername: optionalText(json.granteeUsername),
    granteeRole: role === 'JOBCOACH' || role === 'EMPLOYER' ? role : null,
    createdAt: text(json.createdAt, 'createdAt'),
    expiresAt: text(json.expiresAt, 'expiresAt'),
    revokedAt: optionalText(json.revokedAt),
    active: json.active === true,
  };
}

function languageHeader(language: string) {
  return { 'Accept-Language': language };
}

export function fetchOwnPassport(accessToken: string, language: string): Promise<Passport> {
  return apiRequest('/api/me/passport', parsePassport, { accessToken, headers: languageHeader(language) });
}

export function fetchShares(accessToken: string, language: string): Promise<PassportShare[]> {
  return apiRequest('/api/me/passport/shares', (json) => list(json, parseShare, 'shares'), { accessToken, headers: languageHeader(language) });
}

export function createLink(accessToken: string, days: number, language: string): Promise<CreatedLink> {
  return apiRequest(
    '/api/me/passport/links',
    (json) => {
      if (!isRecord(json)) throw new Error('not a created link');
      return { share: parseShare(json.share), token: text(json.token, 'token') };
    },
    { method: 'POST', body: { days }, accessToken, headers: languageHeader(language) },
  );
}

export function shareWithAccount(accessToken: string, username: string, role: GranteeRole, days: number, language: string): Promise<PassportShare> {
  return apiRequest('/api/me/passport/accounts', parseShare, { method: 'POST', body: { username, role, days }, accessToken, headers: languageHeader(language) });
}

export function revokeShare(accessToken: string, id: string, language: string): Promise<void> {
  return apiRequest(`/api/me/passport/shares/${encodeURIComponent(id)}`, ignoreBody, { method: 'DELETE', accessToken, headers: languageHeader(language) });
}

export function fetchSharedPassport(token: string, language: string): Promise<Passport> {
  return apiRequest(`/api/public/passports/${encodeURIComponent(token)}`, parsePassport, { headers: languageHeader(language) });
}

export function fetchSharedWithMe(accessToken: string, language: string): Promise<SharedWithMe[]> {
  return apiRequest(
    '/api/passports/shared-with-me',
    (json) =>
      list(json, (s) => {
        if (!isRecord(s)) throw new Error('not a shared passport');
        return { id: text(s.id, 'id'), holderName: text(s.holderName, 'holderName'), expiresAt: text(s.expiresAt, 'expiresAt') };
      }, 'shared'),
    { accessToken, headers: languageHeader(language) },
  );
}

export function fetchPassportSharedWithMe(accessToken: string, id: string, language: string): Promise<Passport> {
  return apiRequest(`/api/passports/${encodeURIComponent(id)}`, parsePassport, { accessToken, headers: languageHeader(language) });
}

/** The address someone opens without an account: this origin, the page path, the token. */
export function shareLinkUrl(token: string, origin: string = window.location.origin): string {
  return `${origin}/paspoort/${token}`;
}

export const pdfFileName = 'skills-paspoort.pdf';

/** Fetches a PDF (with the token when signed in) and hands it to the browser as a download. */
export async function downloadPdf(path: string, accessToken: string | null, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): Promise<void> {
  const headers: Record<string, string> = { Accept: 'application/pdf, application/problem+json' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  const response = await fetchImpl(path, { headers, credentials: 'same-origin' });
  if (!response.ok) {
    throw new ApiError('http', problemFromResponse(response.status, response.statusText, response.headers.get('Content-Type'), await response.text()));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = window.document.createElement('a');
  link.href = url;
  link.download = pdfFileName;
  window.document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
