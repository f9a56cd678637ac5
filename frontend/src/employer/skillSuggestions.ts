import { apiRequest, type Fetch } from '../api/http';
import { isApiError, isRecord } from '../api/problem';
import type { Language } from '../i18n/dictionary';
import { readLabel } from '../taxonomy/labels';
import type { VacancySkill } from './newVacancyForm';

export type SkillSuggestions =
  | { readonly kind: 'suggested'; readonly skills: readonly VacancySkill[] }
  /** The extraction service is not there (404): the employer goes on without suggestions. */
  | { readonly kind: 'unavailable' };

/** Contract 2: POST /api/public/skills/extract with the vacancy text → ranked skills, labels in `lang`. */
export async function suggestSkills(text: string, lang: Language, signal?: AbortSignal, fetchImpl?: Fetch): Promise<SkillSuggestions> {
  try {
    const skills = await apiRequest(
      `/api/public/skills/extract?lang=${lang}`,
      parseExtraction,
      { method: 'POST', body: { text, language: 'auto' }, ...(signal ? { signal } : {}) },
      fetchImpl,
    );
    return { kind: 'suggested', skills };
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && (error.status === 404 || error.status === 405)) {
      return { kind: 'unavailable' };
    }
    throw error;
  }
}

export function parseExtraction(json: unknown): VacancySkill[] {
  if (!isRecord(json) || !Array.isArray(json.skills)) {
    throw new Error('The skill extraction has no "skills".');
  }
  return json.skills.flatMap((skill): VacancySkill[] => {
    if (!isRecord(skill) || typeof skill.uri !== 'string' || typeof skill.label !== 'string') return [];
    const evidence = Array.isArray(skill.evidence) && isRecord(skill.evidence[0]) ? skill.evidence[0].text : null;
    return [
      {
        uri: skill.uri,
        ...readLabel(skill),
        essential: skill.essential === true,
        evidence: typeof evidence === 'string' ? evidence.slice(0, 500) : null,
      },
    ];
  });
}

/** Adds new suggestions after the ones kept, without repeating a skill the employer already has. */
export function mergeSkills(kept: readonly VacancySkill[], suggested: readonly VacancySkill[]): VacancySkill[] {
  const known = new Set(kept.map((skill) => skill.uri));
  return [...kept, ...suggested.filter((skill) => !known.has(skill.uri))];
}
