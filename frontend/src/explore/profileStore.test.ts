import { describe, expect, it } from 'vitest';
import { emptyProfile, loadProfile, profileStorageKey, saveProfile } from './profileStore';

describe('the explore profile store', () => {
  it('keepsTheProfileInThisBrowserAcrossVisits', () => {
    const profile = {
      skills: [{ uri: 'http://data.europa.eu/esco/skill/1', label: 'support nurses', labelLanguage: 'nl' as const, derived: true, level: 'ADVANCED' as const, wantsToLearn: false }],
      region: 'AM18',
    };
    saveProfile(profile);
    expect(window.localStorage.getItem(profileStorageKey)).toContain('support nurses');
    expect(loadProfile()).toEqual(profile);
  });

  it('startsEmptyWhenNothingOrSomethingBrokenIsStored', () => {
    expect(loadProfile()).toEqual(emptyProfile);
    window.localStorage.setItem(profileStorageKey, '{not json');
    expect(loadProfile()).toEqual(emptyProfile);
    window.localStorage.setItem(profileStorageKey, JSON.stringify({ skills: [{ uri: 1 }, { uri: 'u', label: 'l', level: 'GURU' }], region: 'nowhere' }));
    expect(loadProfile()).toEqual({ skills: [{ uri: 'u', label: 'l', labelLanguage: 'nl', derived: false, level: 'INTERMEDIATE', wantsToLearn: false }], region: '' });
  });
});
