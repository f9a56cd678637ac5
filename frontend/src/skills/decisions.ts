import type { SuggestedSkill } from './skillsApi';

/** What the person decided about one suggestion; no entry means undecided. */
export type Decision = 'accepted' | 'rejected';
export type Decisions = Readonly<Record<string, Decision>>;

/** Pressing the pressed button again takes the decision back. */
export function toggle(decisions: Decisions, uri: string, decision: Decision): Decisions {
  const next = { ...decisions };
  if (next[uri] === decision) {
    delete next[uri];
  } else {
    next[uri] = decision;
  }
  return next;
}

export function summary(skills: readonly SuggestedSkill[], decisions: Decisions): { accepted: number; rejected: number } {
  const count = (decision: Decision) => skills.filter((skill) => decisions[skill.uri] === decision).length;
  return { accepted: count('accepted'), rejected: count('rejected') };
}

export function acceptedSkills(skills: readonly SuggestedSkill[], decisions: Decisions): SuggestedSkill[] {
  return skills.filter((skill) => decisions[skill.uri] === 'accepted');
}

/** One skill per line, with its ESCO URI, for pasting into a CV or vacancy. */
export function acceptedAsList(skills: readonly SuggestedSkill[], decisions: Decisions): string {
  return acceptedSkills(skills, decisions)
    .map((skill) => `${skill.label} (${skill.uri})`)
    .join('\n');
}

/** The accepted skills as a JSON document with ESCO URIs (what "download" saves). */
export function acceptedAsJson(skills: readonly SuggestedSkill[], decisions: Decisions): string {
  const accepted = acceptedSkills(skills, decisions).map((skill) => ({
    uri: skill.uri,
    label: skill.label,
    labelLanguage: skill.labelLanguage,
    derived: skill.derived,
    essential: skill.essential,
  }));
  return JSON.stringify({ taxonomy: 'ESCO v1.1.1', skills: accepted }, null, 2);
}
