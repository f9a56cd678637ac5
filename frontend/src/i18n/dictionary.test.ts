import { describe, expect, it } from 'vitest';
import { dictionaries, languages, translate } from './dictionary';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the dictionaries', () => {
  it('dutchAndEnglishHaveExactlyTheSameKeys', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.nl).sort());
  });

  it('noMessageIsEmptyInAnyLanguage', () => {
    for (const language of languages) {
      const empty = Object.entries(dictionaries[language]).filter(([, text]) => text.trim() === '');
      expect(empty, `empty messages in ${language}`).toEqual([]);
    }
  });

  it('everyTranslationUsesTheSamePlaceholdersAsTheDutchMessage', () => {
    const mismatches = Object.entries(dictionaries.nl)
      .filter(([key, text]) => placeholders(text).join() !== placeholders(dictionaries.en[key as keyof typeof dictionaries.en]).join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('theEscoAttributionIsTheExactSentenceTheLicenceRequiresInBothLanguages', () => {
    const required = 'This service uses the ESCO classification of the European Commission.';
    expect(translate('nl', 'layout.footer.esco')).toBe(required);
    expect(translate('en', 'layout.footer.esco')).toBe(required);
  });

  it('translateFillsPlaceholdersAndLeavesUnknownOnesVisible', () => {
    expect(translate('nl', 'landing.greeting', { name: 'Sanne de Vries' })).toBe('Welkom, Sanne de Vries');
    expect(translate('en', 'landing.greeting', { name: 'Sanne de Vries' })).toBe('Welcome, Sanne de Vries');
    expect(translate('en', 'landing.greeting')).toBe('Welcome, {name}');
    expect(translate('nl', 'problem.status', { status: 404 })).toBe('Foutcode 404');
  });

  it('theSkipLinkSaysNaarDeInhoudInDutch', () => {
    expect(translate('nl', 'layout.skipLink')).toBe('Naar de inhoud');
  });
});
