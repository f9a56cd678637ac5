import { answer, api, type Schema } from '../api/client';
import type { Fetch } from '../api/http';
import { labelLanguage, type LabelInfo } from '../taxonomy/labels';

export type TeamSkill = Pick<Schema<'TeamControllerSkill'>, 'uri'> & LabelInfo;

/** A role of the team: a name, how many people hold it, the skills it covers. No people. */
export type TeamRole = Pick<Schema<'RoleView'>, 'name' | 'headcount'> & { readonly skills: readonly TeamSkill[] };

export interface Team {
  /** 0 while the team has not been described; sent back on saving (optimistic locking). */
  readonly version: number;
  readonly roles: readonly TeamRole[];
}

/** A learning route that teaches a gap skill (offered in the vacancies' regions or online). */
export type GapRoute = Pick<Schema<'TeamControllerRoute'>, 'id' | 'title' | 'provider' | 'durationWeeks' | 'online'>;

/** One skill the open vacancies need: how many vacancies (as essential), how many roles and people cover it. */
export type SkillNeed = Pick<Schema<'SkillNeed'>, 'essential' | 'vacancies' | 'essentialIn' | 'roles' | 'people'> & {
  readonly routes: readonly GapRoute[];
  readonly skill: TeamSkill;
};

export type Gaps = Pick<Schema<'GapsView'>, 'openVacancies' | 'teamRoles'> & {
  readonly gaps: readonly SkillNeed[];
  readonly covered: readonly SkillNeed[];
};

export const teamLimits = { roles: 50, name: 80, headcountMax: 500, skills: 100 } as const;

/** A skill's label language narrowed to "nl" or "en", its URI where it has no label. */
function toTeamSkill(skill: Schema<'TeamControllerSkill'>): TeamSkill {
  return { uri: skill.uri, label: skill.label ?? skill.uri, labelLanguage: labelLanguage(skill.labelLanguage), derived: skill.derived };
}

export function toTeam(team: Schema<'TeamView'>): Team {
  return { version: team.version, roles: team.roles.map((r) => ({ name: r.name, headcount: r.headcount, skills: r.skills.map(toTeamSkill) })) };
}

function toNeed(need: Schema<'SkillNeed'>): SkillNeed {
  return { ...need, skill: toTeamSkill(need.skill) };
}

export function toGaps(gaps: Schema<'GapsView'>): Gaps {
  return { openVacancies: gaps.openVacancies, teamRoles: gaps.teamRoles, gaps: gaps.gaps.map(toNeed), covered: gaps.covered.map(toNeed) };
}

const headers = (lang: 'nl' | 'en') => ({ 'Accept-Language': lang });

export async function fetchTeam(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Team> {
  return toTeam(await answer(api({ accessToken, signal, headers: headers(lang) }, fetchImpl).GET('/api/team/roles', { params: { query: { lang } } })));
}

export async function saveTeam(team: Team, lang: 'nl' | 'en', accessToken: string, fetchImpl?: Fetch): Promise<Team> {
  const body = {
    version: team.version,
    roles: team.roles.map((r) => ({ name: r.name.trim(), headcount: r.headcount, skills: r.skills.map((s) => s.uri) })),
  };
  return toTeam(await answer(api({ accessToken, headers: headers(lang) }, fetchImpl).PUT('/api/team/roles', { params: { query: { lang } }, body })));
}

export async function fetchGaps(lang: 'nl' | 'en', accessToken: string, signal?: AbortSignal, fetchImpl?: Fetch): Promise<Gaps> {
  return toGaps(await answer(api({ accessToken, signal, headers: headers(lang) }, fetchImpl).GET('/api/team/gaps', { params: { query: { lang } } })));
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
