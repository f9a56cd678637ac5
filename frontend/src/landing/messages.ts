import type { Translation } from '../i18n/translation';

export const nl = {
  'landing.greeting': 'Welkom, {name}',
  'landing.account.heading': 'Je account',
  'landing.account.role': 'Rol',
  'landing.account.regions': "Regio's",
  'landing.account.noRegions': 'Nog geen regio gekoppeld',
  'landing.account.organisation': 'Organisatie',
  'landing.account.noOrganisation': 'Nog geen organisatie gekoppeld',
  'landing.offers.heading': 'Wat Vaardig je gaat bieden',
  'landing.offers.status':
    'Deze onderdelen worden op dit moment gebouwd. Ze verschijnen op deze pagina zodra ze klaar zijn.',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'landing.greeting': 'Welcome, {name}',
  'landing.account.heading': 'Your account',
  'landing.account.role': 'Role',
  'landing.account.regions': 'Regions',
  'landing.account.noRegions': 'No region linked yet',
  'landing.account.organisation': 'Organisation',
  'landing.account.noOrganisation': 'No organisation linked yet',
  'landing.offers.heading': 'What Vaardig will offer you',
  'landing.offers.status': 'These parts are being built right now. They will appear on this page as soon as they are ready.',
};
