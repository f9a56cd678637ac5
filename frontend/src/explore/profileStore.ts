import { levels, type ExploreProfile, type Level, type ProfileSkill } from './matchApi';
import { readLabel } from '../taxonomy/labels';

/** The explore profile lives in this browser only (localStorage); the server never stores it. */
export const profileStorageKey = 'vaardig.explore.profile.v1';

export const emptyProfile: ExploreProfile = { skills: [], region: '' };

export function loadProfile(storage: Storage = window.localStorage): ExploreProfile {
  try {
    const raw = storage.getItem(profileStorageKey);
    if (!raw) return emptyProfile;
    const json: unknown = JSON.parse(raw);
    if (typeof json !== 'object' || json === null) return emptyProfile;
    const record = json as { skills?: unknown; region?: unknown };
    const skills = Array.isArray(record.skills) ? record.skills.flatMap(readSkill) : [];
    return { skills: skills.slice(0, 200), region: typeof record.region === 'string' && /^AM\d{2}$/.test(record.region) ? record.region : '' };
  } catch {
    return emptyProfile;
  }
}

export function saveProfile(profile: ExploreProfile, storage: Storage = window.localStorage): void {
  try {
    storage.setItem(profileStorageKey, JSON.stringify(profile));
  } catch {
    // storage full or switched off: the profile then lasts as long as the page
  }
}

function readSkill(value: unknown): ProfileSkill[] {
  if (typeof value !== 'object' || value === null) return [];
  const s = value as Record<string, unknown>;
  if (typeof s.uri !== 'string' || typeof s.label !== 'string') return [];
  const level = levels.includes(s.level as Level) ? (s.level as Level) : 'INTERMEDIATE';
  return [{ uri: s.uri, ...readLabel(s), level, wantsToLearn: s.wantsToLearn === true }];
}
