import { describe, expect, it } from 'vitest';
import { toGaps } from './teamApi';

const skill = (labelLanguage: string) => ({ uri: 'u:zorg', label: 'zorg verlenen', labelLanguage, derived: false });
const need = (labelLanguage: string) => ({
  skill: skill(labelLanguage), essential: true, vacancies: 3, essentialIn: 2, roles: 0, people: 0,
  routes: [{ id: 'r1', title: 'Zorg', provider: 'ROC', kind: 'COURSE', durationWeeks: 6, costEuros: 0, online: true }],
});

describe('toGaps', () => {
  it('keeps the counts and routes and narrows the skills\' label language', () => {
    const gaps = toGaps({ openVacancies: 4, teamRoles: 2, gaps: [need('en')], covered: [need('xx')] });
    expect(gaps.gaps[0]?.skill.labelLanguage).toBe('en');
    expect(gaps.covered[0]?.skill.labelLanguage).toBe('nl');
    expect(gaps.gaps[0]?.routes[0]?.durationWeeks).toBe(6);
    expect([gaps.openVacancies, gaps.teamRoles]).toEqual([4, 2]);
  });
});
