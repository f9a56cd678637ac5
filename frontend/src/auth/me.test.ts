import { describe, expect, it } from 'vitest';
import { parseMe } from './me';

describe('reading /api/me', () => {
  it('theDocumentedShapeIsReadAsIs', () => {
    expect(
      parseMe({
        subject: 'a1b2',
        username: 'werkzoekende',
        name: 'Sanne de Vries',
        roles: ['JOB_SEEKER'],
        regions: [],
        organisation: null,
        language: 'nl',
      }),
    ).toEqual({
      subject: 'a1b2',
      username: 'werkzoekende',
      name: 'Sanne de Vries',
      roles: ['JOB_SEEKER'],
      regions: [],
      organisation: null,
      language: 'nl',
    });
  });

  it('aRegionSentAsABareCodeGetsItsArbeidsmarktregioName', () => {
    const me = parseMe({ subject: 's', username: 'jobcoach', name: 'J', roles: ['JOBCOACH'], regions: ['AM18'] });
    expect(me.regions).toEqual([{ code: 'AM18', name: 'Groot Amsterdam' }]);
  });

  it('aRegionSentAsAnObjectKeepsTheServersName', () => {
    const me = parseMe({ subject: 's', username: 'jc', name: 'J', roles: ['JOBCOACH'], regions: [{ code: 'AM22', name: 'Rijnmond' }] });
    expect(me.regions).toEqual([{ code: 'AM22', name: 'Rijnmond' }]);
  });

  it('anOrganisationObjectIsReadByItsName', () => {
    const me = parseMe({ subject: 's', username: 'werkgever', name: 'W', roles: ['EMPLOYER'], organisation: { id: 7, name: 'Zorggroep Amstelland' } });
    expect(me.organisation).toBe('Zorggroep Amstelland');
  });

  it('unknownRolesAndLanguagesAreLeftOut', () => {
    const me = parseMe({ subject: 's', username: 'u', roles: ['ADMIN', 'ROOT'], language: 'fr' });
    expect(me.roles).toEqual(['ADMIN']);
    expect(me.language).toBeNull();
  });

  it('aUserWithoutANameIsGreetedByUsername', () => {
    expect(parseMe({ subject: 's', username: 'beheer', roles: ['ADMIN'] }).name).toBe('beheer');
  });

  it('anAnswerWithoutSubjectIsRejected', () => {
    expect(() => parseMe({ username: 'u', roles: [] })).toThrow(/subject/);
    expect(() => parseMe('nope')).toThrow();
  });
});
