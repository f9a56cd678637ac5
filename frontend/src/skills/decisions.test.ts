import { describe, expect, it } from 'vitest';
import { acceptedAsJson, acceptedAsList, summary, toggle } from './decisions';
import type { SuggestedSkill } from './skillsApi';

const skills: SuggestedSkill[] = [
  { uri: 'u:1', label: 'operate forklift', labelLanguage: 'en', derived: false, essential: true, evidence: [] },
  { uri: 'u:2', label: 'in teams werken', labelLanguage: 'nl', derived: false, essential: false, evidence: [] },
];

describe('decisions about suggested skills', () => {
  it('togglesADecisionAndTakesItBackOnASecondPress', () => {
    const accepted = toggle({}, 'u:1', 'accepted');
    expect(accepted).toEqual({ 'u:1': 'accepted' });
    expect(toggle(accepted, 'u:1', 'rejected')).toEqual({ 'u:1': 'rejected' });
    expect(toggle(accepted, 'u:1', 'accepted')).toEqual({});
  });

  it('countsAcceptedAndRejected', () => {
    expect(summary(skills, { 'u:1': 'accepted', 'u:2': 'rejected', 'u:9': 'accepted' })).toEqual({ accepted: 1, rejected: 1 });
  });

  it('exportsOnlyAcceptedSkillsWithTheirEscoUris', () => {
    const decisions = { 'u:2': 'accepted' } as const;
    expect(acceptedAsList(skills, decisions)).toBe('in teams werken (u:2)');
    expect(JSON.parse(acceptedAsJson(skills, decisions))).toEqual({
      taxonomy: 'ESCO v1.1.1',
      skills: [{ uri: 'u:2', label: 'in teams werken', labelLanguage: 'nl', derived: false, essential: false }],
    });
  });
});
