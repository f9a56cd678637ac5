import type { Translation } from '../../i18n/translation';

export const nl = {
  'sentMail.title': 'Verstuurde e-mail',
  'sentMail.section': 'De e-mails die de lokale mailserver ontving: aan wie, onderwerp, tijd en tekst.',
  'sentMail.intro': 'Wat het platform mailde naar de mailserver in dit proces (lokale installatie), nieuwste eerst.',
  'sentMail.reload': 'Opnieuw laden',
  'sentMail.loading': 'De e-mails worden geladen…',
  'sentMail.loadFailed': 'De verstuurde e-mail kon niet worden geladen.',
  'sentMail.unavailable': 'Deze installatie heeft geen lokale mailserver; kijk in de echte mailserver. Nog te versturen: {waiting}.',
  'sentMail.count': '{count} e-mails ontvangen, {waiting} nog te versturen.',
  'sentMail.to': 'aan {to}',
  'sentMail.noTime': 'tijd onbekend',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'sentMail.title': 'Sent e-mail',
  'sentMail.section': 'The e-mails the local mail server received: to whom, subject, time and text.',
  'sentMail.intro': 'What the platform mailed to the mail server in this process (local installation), newest first.',
  'sentMail.reload': 'Reload',
  'sentMail.loading': 'Loading the e-mails…',
  'sentMail.loadFailed': 'The sent e-mail could not be loaded.',
  'sentMail.unavailable': 'This installation has no local mail server; look in the real mail server. Still to send: {waiting}.',
  'sentMail.count': '{count} e-mails received, {waiting} still to send.',
  'sentMail.to': 'to {to}',
  'sentMail.noTime': 'time unknown',
};
