import type { Translation } from '../i18n/translation';

export const nl = {
  'taxonomy.englishLabel': 'Nog geen Nederlandse benaming',
  'taxonomy.derivedLabel': 'afgeleid',
  'taxonomy.derivedLabel.title': 'bron: afgeleid — automatisch vertaald uit ESCO, geen officiële ESCO-benaming',
  'taxonomy.typeahead.loading': 'Suggesties worden gezocht…',
  'taxonomy.typeahead.error': 'Suggesties konden niet worden opgehaald.',
  'taxonomy.typeahead.none': 'Geen suggesties gevonden.',
  'taxonomy.typeahead.count': '{count} suggesties; kies met pijltje omlaag en Enter.',
  'taxonomy.typeahead.matched': 'gevonden via “{label}”',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'taxonomy.englishLabel': 'No Dutch name yet',
  'taxonomy.derivedLabel': 'derived',
  'taxonomy.derivedLabel.title': 'source: derived — automatically translated from ESCO, not an official ESCO name',
  'taxonomy.typeahead.loading': 'Looking for suggestions…',
  'taxonomy.typeahead.error': 'Suggestions could not be loaded.',
  'taxonomy.typeahead.none': 'No suggestions found.',
  'taxonomy.typeahead.count': '{count} suggestions; choose with arrow down and Enter.',
  'taxonomy.typeahead.matched': 'found via “{label}”',
};
