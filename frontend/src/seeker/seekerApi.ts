import { answer, api, type Nullable, type Schema } from '../api/client';
import { apiRequest, type Fetch } from '../api/http';
import type { paths } from '../api/schema';
import { isApiError, isRecord } from '../api/problem';
import type { Language } from '../i18n/dictionary';
import { labelLanguage, type LabelInfo, type LabelLanguage } from '../taxonomy/labels';
import { parseRoutePlan, parseVacancyResults, type Level, type RoutePlan, type VacancyResult } from '../explore/matchApi';

export type ConsentKind = paths['/api/me/consents/{kind}']['put']['parameters']['path']['kind'];
export const consentKinds: readonly ConsentKind[] = ['KEEP_PROFILE', 'EMPLOYER_SEARCH', 'COACH_HELP', 'STATISTICS'];
/** Consents given for regions the person picks; the others hold for the profile's own region. */
export const regionalKinds: readonly ConsentKind[] = ['EMPLOYER_SEARCH', 'COACH_HELP'];

export type Evidence = 'WORK' | 'FORMAL_COURSE' | 'CERTIFICATE' | 'INFORMAL' | 'SELF_DECLARED';
export const evidenceKinds: readonly Evidence[] = ['WORK', 'FORMAL_COURSE', 'CERTIFICATE', 'INFORMAL', 'SELF_DECLARED'];

/**
 * One skill as the editor keeps it: the four answers, a level, where it comes from, optional proof. The Dutch label
 * is English when no Dutch one exists ({@code labelNlLanguage} "en") and may be derived ({@code labelNlDerived}).
 */
export interface SeekerSkill {
  readonly uri: string;
  readonly labelNl: string;
  readonly labelNlLanguage: LabelLanguage;
  readonly labelNlDerived: boolean;
  readonly labelEn: string;
  readonly level: Level;
  readonly evidence: Evidence;
  readonly doesIt: boolean;
  readonly canDoIt: boolean;
  readonly wantsToLearn: boolean;
  readonly givesEnergy: boolean;
  readonly proofText: string;
  readonly proofUrl: string;
}

export interface SeekerProfile {
  readonly id: string;
  readonly version: number;
  readonly region: string;
  readonly hours: { readonly min: number; readonly max: number } | null;
  readonly skills: readonly SeekerSkill[];
}

export type ConsentRecord = Omit<Nullable<Schema<'ConsentRecord'>, 'withdrawnAt'>, 'kind'> & { readonly kind: ConsentKind };

export type Consents = Omit<Schema<'Consents'>, 'items'> & { readonly items: readonly ConsentRecord[] };

export interface ConsentChoice {
  readonly kind: ConsentKind;
  readonly regions: readonly string[];
}

/** What the editor sends: skills, region, hours, and either the consents (create) or the version (replace). */
export interface ProfileDraft {
  readonly skills: readonly SeekerSkill[];
  readonly region: string;
  readonly hours: { readonly min: number; readonly max: number } | null;
}

function auth(token: string, language: Language) {
  return { accessToken: token, headers: { 'Accept-Language': language } };
}

/** GET /api/me/profile; null when the person has no profile yet (404). */
export async function fetchOwnProfile(token: string, language: Language, fetchImpl?: Fetch): Promise<SeekerProfile | null> {
  try {
    return await apiRequest('/api/me/profile', parseProfile, auth(token, language), fetchImpl);
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export function createProfile(token: string, language: Language, draft: ProfileDraft, consents: readonly ConsentChoice[], fetchImpl?: Fetch) {
  return apiRequest('/api/me/profile', parseProfile, { ...auth(token, language), method: 'POST', body: body(draft, { consents }) }, fetchImpl);
}

export function replaceProfile(token: string, language: Language, draft: ProfileDraft, version: number, fetchImpl?: Fetch) {
  return apiRequest('/api/me/profile', parseProfile, { ...auth(token, language), method: 'PUT', body: body(draft, { version }) }, fetchImpl);
}

export async function fetchConsents(token: string, language: Language, fetchImpl?: Fetch): Promise<Consents> {
  return toConsents(await answer(api(auth(token, language), fetchImpl).GET('/api/me/consents')));
}

export async function giveConsent(token: string, language: Language, kind: ConsentKind, regions: readonly string[], fetchImpl?: Fetch): Promise<Consents> {
  return toConsents(await answer(api(auth(token, language), fetchImpl)
    .PUT('/api/me/consents/{kind}', { params: { path: { kind } }, body: { regions: [...regions] } })));
}

export async function withdrawConsent(token: string, language: Language, kind: ConsentKind, fetchImpl?: Fetch): Promise<Consents> {
  return toConsents(await answer(api(auth(token, language), fetchImpl).DELETE('/api/me/consents/{kind}', { params: { path: { kind } } })));
}

/** A record's kind is one of the consent kinds of the path (ConsentKind); the schema writes it as a string. */
function toConsents(consents: Schema<'Consents'>): Consents {
  return { ...consents, items: consents.items.map((record) => ({ ...record, kind: record.kind as ConsentKind })) };
}

export function fetchOwnVacancyMatches(token: string, language: Language, fetchImpl?: Fetch): Promise<VacancyResult[]> {
  return apiRequest(`/api/me/matches/vacancies?lang=${language}`, parseVacancyResults, auth(token, language), fetchImpl);
}

export function fetchOwnRoutes(token: string, language: Language, target: { vacancyId?: string }, fetchImpl?: Fetch): Promise<RoutePlan> {
  const query = target.vacancyId ? `target=vacancy&vacancyId=${encodeURIComponent(target.vacancyId)}` : 'target=region';
  return apiRequest(`/api/me/matches/routes?${query}&lang=${language}`, parseRoutePlan, auth(token, language), fetchImpl);
}

function body(draft: ProfileDraft, extra: Record<string, unknown>) {
  return {
    region: draft.region,
    hours: draft.hours,
    skills: draft.skills.map((s) => ({
      uri: s.uri,
      level: s.level,
      evidence: s.evidence,
      doesIt: s.doesIt,
      canDoIt: s.canDoIt,
      wantsToLearn: s.wantsToLearn,
      givesEnergy: s.givesEnergy,
      ...(s.proofText.trim() ? { proofText: s.proofText.trim() } : {}),
      ...(s.proofUrl.trim() ? { proofUrl: s.proofUrl.trim() } : {}),
    })),
    ...extra,
  };
}

export function parseProfile(json: unknown): SeekerProfile {
  if (!isRecord(json) || typeof json.id !== 'string' || typeof json.version !== 'number' || !Array.isArray(json.skills)) {
    throw new Error('Expected a profile {id, version, skills}.');
  }
  const hours = isRecord(json.hours) && typeof json.hours.min === 'number' && typeof json.hours.max === 'number'
    ? { min: json.hours.min, max: json.hours.max } : null;
  return {
    id: json.id,
    version: json.version,
    region: typeof json.region === 'string' ? json.region : '',
    hours,
    skills: json.skills.filter(isRecord).map((s) => ({
      uri: String(s.uri),
      labelNl: String(s.labelNl ?? s.uri),
      labelNlLanguage: labelLanguage(s.labelNlLanguage),
      labelNlDerived: s.labelNlDerived === true,
      labelEn: String(s.labelEn ?? s.uri),
      level: (['BASIC', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'].includes(String(s.level)) ? s.level : 'INTERMEDIATE') as Level,
      evidence: (evidenceKinds.includes(s.evidence as Evidence) ? s.evidence : 'SELF_DECLARED') as Evidence,
      doesIt: s.doesIt === true,
      canDoIt: s.canDoIt === true,
      wantsToLearn: s.wantsToLearn === true,
      givesEnergy: s.givesEnergy === true,
      proofText: typeof s.proofText === 'string' ? s.proofText : '',
      proofUrl: typeof s.proofUrl === 'string' ? s.proofUrl : '',
    })),
  };
}

/** The record in force of each kind (at most one each). */
export function activeConsents(consents: Consents): Partial<Record<ConsentKind, ConsentRecord>> {
  const out: Partial<Record<ConsentKind, ConsentRecord>> = {};
  for (const c of consents.items) if (c.active) out[c.kind] = c;
  return out;
}

/** The label in the page's language, the other one when that is missing. */
export function skillLabel(skill: Pick<SeekerSkill, 'labelNl' | 'labelEn'>, language: Language): string {
  return language === 'en' ? skill.labelEn || skill.labelNl : skill.labelNl || skill.labelEn;
}

/** The label to show on a page in {@code language}, with its language and source. */
export function skillLabelInfo(skill: SeekerSkill, language: Language): LabelInfo {
  if (language === 'en') return { label: skill.labelEn || skill.labelNl, labelLanguage: 'en', derived: false };
  return { label: skill.labelNl || skill.labelEn, labelLanguage: skill.labelNlLanguage, derived: skill.labelNlDerived };
}

/** A new skill as a suggestion or typeahead pick brings it: "I can do it", intermediate, own statement. */
export function newSkill(uri: string, label: LabelInfo, wantsToLearn = false): SeekerSkill {
  return {
    uri,
    // the server returns both labels after saving; until then the one we have serves both
    labelNl: label.label,
    labelNlLanguage: label.labelLanguage,
    labelNlDerived: label.derived,
    labelEn: label.label,
    level: 'INTERMEDIATE',
    evidence: 'SELF_DECLARED',
    doesIt: false,
    canDoIt: !wantsToLearn,
    wantsToLearn,
    givesEnergy: false,
    proofText: '',
    proofUrl: '',
  };
}
