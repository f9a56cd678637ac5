import { answer, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo, type LabelLanguage } from '../taxonomy/labels';

export type Level = Schema<'SkillForm'>['level'];
export const levels: readonly Level[] = ['BASIC', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];

/** A skill in the browser-kept profile. */
export interface ProfileSkill extends LabelInfo {
  readonly uri: string;
  readonly labelLanguage: LabelLanguage;
  readonly level: Level;
  readonly wantsToLearn: boolean;
}

export interface ExploreProfile {
  readonly skills: readonly ProfileSkill[];
  /** Arbeidsmarktregio code, or '' for all regions. */
  readonly region: string;
}

/** A skill of an explanation or a route, with its label's language ("nl" or "en") and source. */
export type SkillLabel = Pick<Schema<'ExplanationViewSkill'>, 'uri'> & LabelInfo;

/** The fields of the server's explanation the pages show; its skills as SkillLabels. */
export type Explanation = Pick<Schema<'ExplanationView'>, 'score' | 'coverage' | 'relevance'> & {
  readonly matched: readonly (Pick<Schema<'Matched'>, 'essential' | 'points'> & { readonly skill: SkillLabel })[];
  readonly partial: readonly (Pick<Schema<'Partial'>, 'essential' | 'reason' | 'points'> & { readonly skill: SkillLabel; readonly standIn: SkillLabel })[];
  readonly missing: readonly (Pick<Schema<'Missing'>, 'essential'> & { readonly skill: SkillLabel })[];
};

export type VacancyCardData = Pick<Schema<'VacancyCard'>,
  'id' | 'title' | 'employer' | 'region' | 'regionName' | 'hoursMin' | 'hoursMax' | 'contract' | 'validUntil' | 'synthetic'>;

/** The readable scale: share of the vacancy's essential skills the person brings (partial credit counted). */
export type Fit = Schema<'Fit'>;

export interface VacancyResult {
  readonly vacancy: VacancyCardData;
  readonly score: number;
  readonly fit: Fit;
  readonly explanation: Explanation;
}

/** Close vacancies, or "nothing close yet" with the skills that would open most doors. */
export interface VacancyFindings {
  readonly results: readonly VacancyResult[];
  readonly nothingClose: boolean;
  readonly doorOpeners: readonly SkillLabel[];
}

export type RouteStep = Pick<Schema<'RoutePlanViewRoute'>,
  'id' | 'title' | 'provider' | 'kind' | 'durationWeeks' | 'costEuros' | 'online' | 'regions' | 'synthetic' | 'gapClosed' | 'jobsUnlocked'> & {
  readonly teaches: readonly SkillLabel[];
  readonly closes: readonly SkillLabel[];
};

export type RoutePlan = Pick<Schema<'RoutePlanView'>, 'closedShare' | 'jobsBefore' | 'jobsAfter'> & {
  readonly routes: readonly RouteStep[];
  readonly gaps: readonly { skill: SkillLabel; essential: boolean }[];
};

export type RouteTarget = { readonly type: 'vacancy'; readonly vacancyId: string } | { readonly type: 'region' };

/** The server writes a label's language as a string; the pages know two. */
export function toSkillLabel(skill: Schema<'ExplanationViewSkill'>): SkillLabel {
  return { uri: skill.uri, label: skill.label, labelLanguage: labelLanguage(skill.labelLanguage), derived: skill.derived };
}

export function toExplanation(explanation: Schema<'ExplanationView'>): Explanation {
  return {
    score: explanation.score,
    coverage: explanation.coverage,
    relevance: explanation.relevance,
    matched: explanation.matched.map((m) => ({ skill: toSkillLabel(m.skill), essential: m.essential, points: m.points })),
    partial: explanation.partial.map((p) => ({
      skill: toSkillLabel(p.skill), essential: p.essential, standIn: toSkillLabel(p.standIn), reason: p.reason, points: p.points,
    })),
    missing: explanation.missing.map((m) => ({ skill: toSkillLabel(m.skill), essential: m.essential })),
  };
}

export function toVacancyResult(result: Schema<'VacancyResult'>): VacancyResult {
  return { vacancy: result.vacancy, score: result.score, fit: result.fit, explanation: toExplanation(result.explanation) };
}

export function toVacancyFindings(results: Schema<'VacancyResults'>): VacancyFindings {
  return {
    results: results.items.map(toVacancyResult),
    nothingClose: results.nothingClose,
    doorOpeners: results.doorOpeners.map(toSkillLabel),
  };
}

export function toRoutePlan(plan: Schema<'RoutePlanView'>): RoutePlan {
  return {
    routes: plan.routes.map((route) => ({ ...route, teaches: route.teaches.map(toSkillLabel), closes: route.closes.map(toSkillLabel) })),
    gaps: plan.gaps.map((gap) => ({ skill: toSkillLabel(gap.skill), essential: gap.essential })),
    closedShare: plan.closedShare,
    jobsBefore: plan.jobsBefore,
    jobsAfter: plan.jobsAfter,
  };
}

function profileBody(profile: ExploreProfile): Schema<'ProfileInput'> {
  return {
    skills: profile.skills.map((s) => ({ uri: s.uri, level: s.level, wantsToLearn: s.wantsToLearn })),
    ...(profile.region ? { region: profile.region } : {}),
  };
}

export async function matchVacancies(profile: ExploreProfile, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<VacancyFindings> {
  return toVacancyFindings(await answer(api({}, fetchImpl).POST('/api/public/match/vacancies', {
    params: { query: { lang } },
    body: { profile: profileBody(profile), limit: 20 },
  })));
}

export async function matchRoutes(profile: ExploreProfile, target: RouteTarget, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<RoutePlan> {
  return toRoutePlan(await answer(api({}, fetchImpl).POST('/api/public/match/routes', {
    params: { query: { lang } },
    body: { profile: profileBody(profile), target },
  })));
}
