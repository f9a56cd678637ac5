import type { Translation } from '../i18n/translation';

export const nl = {
  'app.name': 'Vaardig',
  'app.tagline': 'Werk, talent en leren, gekoppeld op vaardigheden',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  'notFound.home': 'Naar de startpagina',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'app.name': 'Vaardig',
  'app.tagline': 'Work, talent and learning, matched on skills',

  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist (any more). Check the address or go to the home page.',
  'notFound.home': 'Go to the home page',
};
