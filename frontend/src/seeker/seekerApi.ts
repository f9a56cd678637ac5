import { answer, api, type Nullable, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import type { paths } from '../api/schema';
import { isApiError } from '../api/problem';
import type { Language } from '../i18n/dictionary';
import { labelLanguage, type LabelInfo, type LabelLanguage } from '../taxonomy/labels';
import { toRoutePlan, toVacancyResult, type Level, type RoutePlan, type VacancyResult } from '../explore/matchApi';

export type ConsentKind = paths['/api/me/consents/{kind}']['put']['parameters']['path']['kind'];
export const consentKinds: readonly ConsentKind[] = ['KEEP_PROFILE', 'EMPLOYER_SEARCH', 'COACH_HELP', 'STATISTICS'];
/** Consents given for regions the person picks; the others hold for the profile's own region. */
export const regionalKinds: readonly ConsentKind[] = ['EMPLOYER_SEARCH', 'COACH_HELP'];

export type Evidence = Schema<'SkillForm'>['evidence'];
export const evidenceKinds: readonly Evidence[] = ['WORK', 'FORMAL_COURSE', 'CERTIFICATE', 'INFORMAL', 'SELF_DECLARED'];

/**
 * One skill as the editor keeps it: the four answers, a level, where it comes from, optional proof. The Dutch label
 * is English when no Dutch one exists ({@code labelNlLanguage} "en") and may be derived ({@code labelNlDerived}).
 */
export type SeekerSkill = Omit<Schema<'ProfileViewSkill'>, 'labelNlLanguage' | 'level' | 'evidence'> & {
  readonly labelNlLanguage: LabelLanguage;
  readonly level: Level;
  readonly evidence: Evidence;
};

export type Hours = Schema<'ProfileViewHours'>;

export type SeekerProfile = Pick<Schema<'SeekerProfileView'>, 'id' | 'version' | 'region'> & {
  readonly hours: Hours | null;
  readonly skills: readonly SeekerSkill[];
};

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
  readonly hours: Hours | null;
}

function auth(token: string, language: Language) {
  return { accessToken: token, headers: { 'Accept-Language': language } };
}

/** GET /api/me/profile; null when the person has no profile yet (404). */
export async function fetchOwnProfile(token: string, language: Language, fetchImpl?: Fetch): Promise<SeekerProfile | null> {
  try {
    return toSeekerProfile(await answer(api(auth(token, language), fetchImpl).GET('/api/me/profile')));
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export async function createProfile(token: string, language: Language, draft: ProfileDraft, consents: readonly ConsentChoice[], fetchImpl?: Fetch) {
  return toSeekerProfile(await answer(api(auth(token, language), fetchImpl)
    .POST('/api/me/profile', { body: body(draft, { consents: consents.map((c) => ({ kind: c.kind, regions: [...c.regions] })) }) })));
}

export async function replaceProfile(token: string, language: Language, draft: ProfileDraft, version: number, fetchImpl?: Fetch) {
  return toSeekerProfile(await answer(api(auth(token, language), fetchImpl).PUT('/api/me/profile', { body: body(draft, { version }) })));
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

export async function fetchOwnVacancyMatches(token: string, language: Language, fetchImpl?: Fetch): Promise<VacancyResult[]> {
  const results = await answer(api(auth(token, language), fetchImpl).GET('/api/me/matches/vacancies', { params: { query: { lang: language } } }));
  return results.items.map(toVacancyResult);
}

export async function fetchOwnRoutes(token: string, language: Language, target: { vacancyId?: string }, fetchImpl?: Fetch): Promise<RoutePlan> {
  const query = target.vacancyId ? { target: 'vacancy', vacancyId: target.vacancyId, lang: language } : { target: 'region', lang: language };
  return toRoutePlan(await answer(api(auth(token, language), fetchImpl).GET('/api/me/matches/routes', { params: { query } })));
}

function body(draft: ProfileDraft, extra: Pick<Schema<'ProfileForm'>, 'consents' | 'version'>): Schema<'ProfileForm'> {
  return {
    region: draft.region,
    ...(draft.hours ? { hours: draft.hours } : {}),
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

const knownLevels: readonly string[] = ['BASIC', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];

/**
 * The profile as the editor keeps it: level and evidence narrowed to the values the editor offers (the server writes
 * them as strings), absent proof as '' and labels falling back to the URI.
 */
export function toSeekerProfile(view: Schema<'SeekerProfileView'>): SeekerProfile {
  // the contract lists every field; hours, region and the texts are null when the person gave none
  const nullable = view as Partial<Schema<'SeekerProfileView'>>;
  return {
    id: view.id,
    version: view.version,
    region: nullable.region ?? '',
    hours: nullable.hours ?? null,
    skills: view.skills.map((s: Partial<Schema<'ProfileViewSkill'>> & Pick<Schema<'ProfileViewSkill'>, 'uri'>) => ({
      uri: s.uri,
      labelNl: s.labelNl ?? s.uri,
      labelNlLanguage: labelLanguage(s.labelNlLanguage),
      labelNlDerived: s.labelNlDerived === true,
      labelEn: s.labelEn ?? s.uri,
      level: (knownLevels.includes(String(s.level)) ? s.level : 'INTERMEDIATE') as Level,
      evidence: (evidenceKinds.includes(s.evidence as Evidence) ? s.evidence : 'SELF_DECLARED') as Evidence,
      doesIt: s.doesIt === true,
      canDoIt: s.canDoIt === true,
      wantsToLearn: s.wantsToLearn === true,
      givesEnergy: s.givesEnergy === true,
      proofText: s.proofText ?? '',
      proofUrl: s.proofUrl ?? '',
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
