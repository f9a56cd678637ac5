import { describe, expect, it } from 'vitest';
import type { Schema } from '../api/client';
import { toCoachVacancy } from './coachVacancyApi';

const view = (overrides: Partial<Schema<'CoachVacancyControllerVacancyView'>>): Schema<'CoachVacancyControllerVacancyView'> => ({
  id: 'v1', title: 'Verzorgende IG', employer: 'Zorggroep', region: 'AM18', regionName: 'Groot Amsterdam', gemeente: 'Amsterdam',
  status: 'PUBLISHED', hoursMin: 24, hoursMax: 32, validUntil: '2026-12-31', description: 'Zorg', synthetic: true,
  skills: [{ uri: 'u:zorg', label: 'zorg verlenen', labelLanguage: 'nl', derived: true, essential: true }],
  ...overrides,
});

describe('toCoachVacancy', () => {
  it('keeps a published vacancy and its skills', () => {
    const vacancy = toCoachVacancy(view({}));
    expect(vacancy.status).toBe('PUBLISHED');
    expect(vacancy.skills).toEqual([{ uri: 'u:zorg', label: 'zorg verlenen', labelLanguage: 'nl', derived: true, essential: true }]);
  });

  it('gives null for empty or absent texts and hours, the region code without a name, the URI without a label', () => {
    const vacancy = toCoachVacancy(view({
      gemeente: '', regionName: '', hoursMin: null as unknown as number, validUntil: null as unknown as string, status: 'CLOSED',
      skills: [{ uri: 'u:x', label: '', labelLanguage: 'fr', derived: false, essential: false }],
    }));
    expect([vacancy.gemeente, vacancy.regionName, vacancy.hoursMin, vacancy.validUntil, vacancy.status]).toEqual([null, 'AM18', null, null, 'CLOSED']);
    expect(vacancy.skills[0]).toMatchObject({ label: 'u:x', labelLanguage: 'nl' });
  });
});
