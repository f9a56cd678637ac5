import { describe, expect, it } from 'vitest';
import { initialVacancyValues, serverFieldMessages, toVacancyRequest, validateVacancy, type VacancyFormValues } from './newVacancyForm';
import { mergeSkills, parseExtraction } from './skillSuggestions';

const filled: VacancyFormValues = {
  ...initialVacancyValues([], new Date(2026, 11, 4)),
  title: '  Wijkverpleegkundige ',
  region: 'AM18',
  hoursMin: '24',
  hoursMax: '32',
  contractType: 'PERMANENT',
};

describe('the new vacancy form rules', () => {
  it('startsValidFromTodayForThreeMonthsInTheUsersOnlyRegion', () => {
    const values = initialVacancyValues(['AM22'], new Date(2026, 11, 4));
    expect(values.validFrom).toBe('2026-12-04');
    expect(values.validUntil).toBe('2027-03-04');
    expect(values.region).toBe('AM22');
    expect(initialVacancyValues(['AM18', 'AM22'], new Date(2026, 11, 4)).region).toBe('');
  });

  it('namesEveryMissingRequiredField', () => {
    const messages = validateVacancy(initialVacancyValues([], new Date(2026, 11, 4)));
    expect(Object.keys(messages).sort()).toEqual(['contractType', 'hoursMax', 'hoursMin', 'region', 'title']);
  });

  it('refusesHoursOutOfRangeOrInTheWrongOrderAndAnEndBeforeTheStart', () => {
    expect(validateVacancy({ ...filled, hoursMin: '61' }).hoursMin).toEqual({ key: 'newVacancy.error.hours' });
    expect(validateVacancy({ ...filled, hoursMin: '36', hoursMax: '32' }).hoursMax).toEqual({ key: 'newVacancy.error.hoursOrder' });
    expect(validateVacancy({ ...filled, validUntil: '2026-12-03' }).validUntil).toEqual({ key: 'newVacancy.error.dateOrder' });
    expect(validateVacancy(filled)).toEqual({});
  });

  it('sendsTrimmedTextNumbersAndTheSkillsAsMarked', () => {
    const request = toVacancyRequest({
      ...filled,
      gemeente: ' ',
      skills: [{ uri: 'http://data.europa.eu/esco/skill/a', label: 'zorg verlenen', labelLanguage: 'nl', derived: false, essential: false, evidence: 'zorg' }],
    });
    expect(request).toMatchObject({ title: 'Wijkverpleegkundige', description: null, gemeente: null, hoursMin: 24, hoursMax: 32 });
    expect(request.skills).toEqual([{ uri: 'http://data.europa.eu/esco/skill/a', essential: false, evidence: 'zorg' }]);
  });

  it('putsServerFieldErrorsAtTheirFieldsAndSkillErrorsAtTheSkills', () => {
    const fields = serverFieldMessages({
      type: 'https://vaardig.nl/problems/validation',
      title: 'Ongeldige invoer',
      status: 400,
      errors: [
        { field: 'title', message: 'De titel is te lang.' },
        { field: 'skills[1].uri', message: 'Geef een vaardigheid op.' },
        { field: 'vacancyInput', message: 'Iets anders.' },
      ],
    });
    expect(fields).toEqual({ title: { text: 'De titel is te lang.' }, skills: { text: 'Geef een vaardigheid op.' } });
  });

  it('readsSuggestedSkillsAndKeepsTheEmployersChoicesWhenSuggestingAgain', () => {
    const suggested = parseExtraction({
      language: 'nl',
      skills: [
        { uri: 'u1', label: 'verpleegkundige zorg verlenen', labelLanguage: 'nl', confidence: 0.9, essential: true, evidence: [{ start: 0, end: 4, text: 'zorg' }] },
        { uri: 'u2', label: 'use Microsoft Office', labelLanguage: 'en', confidence: 0.5, essential: false, evidence: [] },
      ],
    });
    expect(suggested.map((skill) => [skill.uri, skill.essential, skill.labelLanguage, skill.evidence])).toEqual([
      ['u1', true, 'nl', 'zorg'],
      ['u2', false, 'en', null],
    ]);
    const kept = [{ ...suggested[0]!, essential: false }];
    expect(mergeSkills(kept, suggested).map((skill) => [skill.uri, skill.essential])).toEqual([
      ['u1', false],
      ['u2', false],
    ]);
  });
});
