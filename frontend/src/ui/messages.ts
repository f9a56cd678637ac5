import type { Translation } from '../i18n/translation';

export const nl = {
  'problem.status': 'Foutcode {status}',
  'problem.fieldErrors': 'Controleer deze gegevens:',
  'problem.network': 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  'problem.invalidResponse': 'De server gaf een antwoord dat Vaardig niet kon lezen.',

  'common.dismiss': 'Melding sluiten',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'problem.status': 'Error code {status}',
  'problem.fieldErrors': 'Please check these details:',
  'problem.network': 'There is no connection with the server. Check your internet connection and try again.',
  'problem.invalidResponse': 'The server sent an answer that Vaardig could not read.',

  'common.dismiss': 'Close message',
};
