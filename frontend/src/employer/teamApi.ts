import { apiRequest, type Fetch } from '../api/http';
import { isRecord } from '../api/problem';
import { readLabel, type LabelInfo } from '../taxonomy/labels';

export interface TeamSkill extends LabelInfo {
  readonly uri: string;
}

/** A role of the team: a name, how many people hold it, the skills it covers. No people. */
export interface TeamRole {
  readonly name: string;
  readonly headcount: number;
  readonly skills: readonly TeamSkill[];
}

export interface Team {
  /** 0 while the team has not been described; sent back on saving (optimistic locking). */
  readonly version: number;
  readonly roles: readonly TeamRole[];
}

/** A learning route that teaches a gap skill (offered in the vacancies' regions or online). */
export interface GapRoute {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly durationWeeks: number;
  readonly online: boolean;
}

/** One skill the open vacancies need: how many vacancies (as essential), how many roles and people cover it. */
export interface SkillNeed {
  readonly routes: readonly GapRoute[];
  readonly skill: TeamSkill;
  readonly essential: boolean;
  readonly vacancies: number;
  readonly essentialIn: number;
  readonly roles: number;
  readonly people: number;
}

export interface Gaps {
  readonly openVacancies: number;
  readonly teamRoles: number;
  readonly gaps: readonly SkillNeed[];
  readonly covered: readonly SkillNeed[];
}

export const teamLimits = { roles: 50, name: 80, headcountMax: 500, skills: 100 } as const;

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function parseSkill(value: unknown): TeamSkill {
  if (!isRecord(value) || typeof value.uri !== 'string') throw new Error('A skill has a uri.');
  return { uri: value.uri, ...readLabel(value, value.uri) };
}

export function parseTeam(json: unknown): Team {
  if (!isRecord(json) || !Array.isArray(json.roles)) throw new Error('A team has roles.');
  return {
    version: num(json.version),
    roles: json.roles.map((r) => {
      if (!isRecord(r) || typeof r.name !== 'string' || !Array.isArray(r.skills)) throw new Error('A role has a name and skills.');
      return { name: r.name, headcount: num(r.headcount), skills: r.skills.map(parseSkill) };
    }),
  };
}

function parseNeed(value: unknown): SkillNeed {
  if (!isRecord(value)) throw new Error('A skill need is an object.');
  return {
    skill: parseSkill(value.skill),
    essential: value.essential === true,
    vacancies: num(value.vacancies),
    essentialIn: num(value.essentialIn),
    roles: num(value.roles),
    people: num(value.people),
    routes: Array.isArray(value.routes)
      ? value.routes.filter(isRecord).map((r) => ({
          id: String(r.id ?? ''),
          title: String(r.title ?? ''),
          provider: String(r.provider ?? ''),
          durationWeeks: num(r.durationWeeks),
          online: r.online === true,
        }))
      : [],
  };
}

export function parseGaps(json: unknown): Gaps {
  if (!isRecord(json) || !Array.isArray(json.gaps) || !Array.isArray(json.covered)) throw new Error('A reading has gaps and covered skills.');
  return { openVacancies: num(json.openVacancies), teamRoles: num(json.teamRoles), gaps: json.gaps.map(parseNeed), covered: json.covered.map(parseNeed) };
}

export function fetchTeam(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/roles?lang=${lang}`, parseTeam, { accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl);
}

export function saveTeam(team: Team, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch) {
  const body = {
    version: team.version,
    roles: team.roles.map((r) => ({ name: r.name.trim(), headcount: r.headcount, skills: r.skills.map((s) => s.uri) })),
  };
  return apiRequest(`/api/team/roles?lang=${lang}`, parseTeam, { method: 'PUT', body, accessToken, headers: { 'Accept-Language': lang } }, fetchImpl);
}

export function fetchGaps(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch) {
  return apiRequest(`/api/team/gaps?lang=${lang}`, parseGaps, { accessToken, signal, headers: { 'Accept-Language': lang } }, fetchImpl);
}

/** Errors per role field: "roles[2].name" → key "2.name"; "roles" → key "roles". */
export function teamFieldErrors(errors: readonly { field: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) {
    const m = /^roles\[(\d+)]\.(name|headcount|skills)/.exec(e.field);
    const key = m ? `${m[1]}.${m[2]}` : e.field;
    out[key] ??= e.message;
  }
  return out;
}

/** Checks before sending, in the server's terms. Keys as in {@link teamFieldErrors}. */
export function validateTeam(roles: readonly TeamRole[], texts: { name: string; headcount: string; skills: string; roles: string }): Record<string, string> {
  const out: Record<string, string> = {};
  if (roles.length > teamLimits.roles) out.roles = texts.roles;
  roles.forEach((r, i) => {
    const name = r.name.trim();
    if (name === '' || name.length > teamLimits.name) out[`${i}.name`] = texts.name;
    if (!Number.isInteger(r.headcount) || r.headcount < 1 || r.headcount > teamLimits.headcountMax) out[`${i}.headcount`] = texts.headcount;
    if (r.skills.length > teamLimits.skills) out[`${i}.skills`] = texts.skills;
  });
  return out;
}
