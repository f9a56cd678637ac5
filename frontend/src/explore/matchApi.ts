import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { readLabel, type LabelInfo, type LabelLanguage } from '../taxonomy/labels';

export type Level = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED' | 'EXPERT';
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

/** A skill of an explanation or a route, with its label's language and source. */
export interface SkillLabel extends LabelInfo {
  readonly uri: string;
}

export interface Explanation {
  readonly score: number;
  readonly coverage: number;
  readonly relevance: number;
  readonly matched: readonly { skill: SkillLabel; essential: boolean; points: number }[];
  readonly partial: readonly { skill: SkillLabel; essential: boolean; standIn: SkillLabel; reason: string; points: number }[];
  readonly missing: readonly { skill: SkillLabel; essential: boolean }[];
}

export interface VacancyCardData {
  readonly id: string;
  readonly title: string;
  readonly employer: string;
  readonly region: string;
  readonly regionName: string;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly contract: string;
  readonly validUntil: string;
  readonly synthetic: boolean;
}

/** The readable scale: share of the vacancy's essential skills the person brings (partial credit counted). */
export interface Fit {
  readonly percent: number;
  readonly essentialsFull: number;
  readonly essentialsPartial: number;
  readonly essentials: number;
}

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

export interface RouteStep {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly kind: string;
  readonly durationWeeks: number;
  readonly costEuros: number;
  readonly online: boolean;
  readonly regions: readonly string[];
  readonly synthetic: boolean;
  readonly teaches: readonly SkillLabel[];
  readonly closes: readonly SkillLabel[];
  readonly gapClosed: number;
  readonly jobsUnlocked: number;
}

export interface RoutePlan {
  readonly routes: readonly RouteStep[];
  readonly gaps: readonly { skill: SkillLabel; essential: boolean }[];
  readonly closedShare: number;
  readonly jobsBefore: number;
  readonly jobsAfter: number;
}

export type RouteTarget = { readonly type: 'vacancy'; readonly vacancyId: string } | { readonly type: 'region' };

function requireRecord(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what} is not an object.`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list.`);
  return value;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function skill(value: unknown): SkillLabel {
  const s = requireRecord(value, 'A skill');
  return { uri: str(s.uri), ...readLabel(s) };
}

export function parseExplanation(value: unknown): Explanation {
  const e = requireRecord(value, 'An explanation');
  return {
    score: num(e.score),
    coverage: num(e.coverage),
    relevance: num(e.relevance),
    matched: list(e.matched, 'matched').map((m) => {
      const r = requireRecord(m, 'A matched item');
      return { skill: skill(r.skill), essential: r.essential === true, points: num(r.points) };
    }),
    partial: list(e.partial, 'partial').map((m) => {
      const r = requireRecord(m, 'A partial item');
      return { skill: skill(r.skill), essential: r.essential === true, standIn: skill(r.standIn), reason: str(r.reason), points: num(r.points) };
    }),
    missing: list(e.missing, 'missing').map((m) => {
      const r = requireRecord(m, 'A missing item');
      return { skill: skill(r.skill), essential: r.essential === true };
    }),
  };
}

export function parseVacancyCard(value: unknown): VacancyCardData {
  const v = requireRecord(value, 'A vacancy');
  return {
    id: str(v.id),
    title: str(v.title),
    employer: str(v.employer),
    region: str(v.region),
    regionName: str(v.regionName),
    hoursMin: num(v.hoursMin),
    hoursMax: num(v.hoursMax),
    contract: str(v.contract),
    validUntil: str(v.validUntil),
    synthetic: v.synthetic === true,
  };
}

function parseFit(json: unknown): Fit {
  const f = requireRecord(json, 'A fit');
  return {
    percent: num(f.percent),
    essentialsFull: num(f.essentialsFull),
    essentialsPartial: num(f.essentialsPartial),
    essentials: num(f.essentials),
  };
}

export function parseVacancyResults(json: unknown): VacancyResult[] {
  return list(requireRecord(json, 'The answer').items, 'items').map((item) => {
    const r = requireRecord(item, 'A result');
    return {
      vacancy: parseVacancyCard(r.vacancy),
      score: num(r.score),
      fit: parseFit(r.fit),
      explanation: parseExplanation(r.explanation),
    };
  });
}

export function parseVacancyFindings(json: unknown): VacancyFindings {
  const answer = requireRecord(json, 'The answer');
  return {
    results: parseVacancyResults(json),
    nothingClose: answer.nothingClose === true,
    doorOpeners: list(answer.doorOpeners, 'doorOpeners').map(skill),
  };
}

export function parseRoutePlan(json: unknown): RoutePlan {
  const p = requireRecord(json, 'A route plan');
  return {
    routes: list(p.routes, 'routes').map((item) => {
      const r = requireRecord(item, 'A route');
      return {
        id: str(r.id),
        title: str(r.title),
        provider: str(r.provider),
        kind: str(r.kind),
        durationWeeks: num(r.durationWeeks),
        costEuros: num(r.costEuros),
        online: r.online === true,
        regions: list(r.regions, 'regions').map(str),
        synthetic: r.synthetic === true,
        teaches: list(r.teaches, 'teaches').map(skill),
        closes: list(r.closes, 'closes').map(skill),
        gapClosed: num(r.gapClosed),
        jobsUnlocked: num(r.jobsUnlocked),
      };
    }),
    gaps: list(p.gaps, 'gaps').map((item) => {
      const g = requireRecord(item, 'A gap');
      return { skill: skill(g.skill), essential: g.essential === true };
    }),
    closedShare: num(p.closedShare),
    jobsBefore: num(p.jobsBefore),
    jobsAfter: num(p.jobsAfter),
  };
}

function profileBody(profile: ExploreProfile) {
  return {
    skills: profile.skills.map((s) => ({ uri: s.uri, level: s.level, wantsToLearn: s.wantsToLearn })),
    ...(profile.region ? { region: profile.region } : {}),
  };
}

export function matchVacancies(profile: ExploreProfile, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<VacancyFindings> {
  return apiRequest(`/api/public/match/vacancies?lang=${lang}`, parseVacancyFindings, {
    method: 'POST',
    body: { profile: profileBody(profile), limit: 20 },
  }, fetchImpl);
}

export function matchRoutes(profile: ExploreProfile, target: RouteTarget, lang: 'nl' | 'en', fetchImpl?: Fetch): Promise<RoutePlan> {
  return apiRequest(`/api/public/match/routes?lang=${lang}`, parseRoutePlan, {
    method: 'POST',
    body: { profile: profileBody(profile), target },
  }, fetchImpl);
}
