import type { Translation } from '../i18n/translation';

export const nl = {
  'layout.skipLink': 'Naar de inhoud',
  'layout.nav.label': 'Hoofdmenu',
  'layout.nav.home': 'Start',
  'layout.language.label': 'Taal',
  'layout.language.nl': 'Nederlands',
  'layout.language.en': 'English',
  'layout.user.label': 'Ingelogd als {name}',
  'layout.footer.esco': 'This service uses the ESCO classification of the European Commission.',
  'layout.footer.escoInLanguage': 'Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.',
  'layout.footer.crosswalks': 'Nederlandse benamingen mede uit de ESCO-koppelingen met VDAB Competent en de Nederlandse beroepenclassificatie; afgeleide benamingen zijn gemarkeerd',
  'layout.footer.regions': "Bron regio's: CBS, PDOK",
  'layout.footer.version': 'Versie {version}',

  'layout.nav.explore': 'Ontdekken',

  'apiDocs.footer.link': 'API-documentatie voor ontwikkelaars',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'layout.skipLink': 'Skip to content',
  'layout.nav.label': 'Main menu',
  'layout.nav.home': 'Home',
  'layout.language.label': 'Language',
  'layout.language.nl': 'Nederlands',
  'layout.language.en': 'English',
  'layout.user.label': 'Logged in as {name}',
  'layout.footer.esco': 'This service uses the ESCO classification of the European Commission.',
  'layout.footer.escoInLanguage': 'This service uses the ESCO classification of the European Commission.',
  'layout.footer.crosswalks': 'Dutch labels partly from the ESCO crosswalks with VDAB Competent and the Dutch occupation classification; derived labels are marked',
  'layout.footer.regions': 'Source of regions: CBS, PDOK',
  'layout.footer.version': 'Version {version}',

  'layout.nav.explore': 'Explore',

  'apiDocs.footer.link': 'API documentation for developers',
};
