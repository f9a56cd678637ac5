import type { Translation } from '../i18n/translation';

export const nl = {
  'auth.login': 'Inloggen',
  'auth.logout': 'Uitloggen',
  'auth.loading': 'Bezig met laden…',
  'auth.notice.sessionExpired': 'Je sessie is verlopen. Log opnieuw in om verder te gaan.',
  'auth.notice.logoutIncomplete':
    'Je bent op dit apparaat uitgelogd, maar de inlogdienst kon je sessie niet beëindigen. Sluit je browser om helemaal uit te loggen.',
  'auth.error.configUnavailable':
    'Inloggen is op dit moment niet mogelijk: de instellingen van de inlogdienst konden niet worden opgehaald.',
  'auth.error.loginFailed': 'Het inloggen kon niet worden gestart.',
  'auth.error.meFailed': 'Je bent ingelogd, maar je accountgegevens konden niet worden opgehaald.',
  'auth.error.technicalDetail': 'Technische melding: {message}',

  'callback.title': 'Inloggen',
  'callback.busy': 'Je wordt ingelogd…',
  'callback.error.heading': 'Inloggen is niet gelukt',
  'callback.error.intro': 'Er ging iets mis bij het afronden van het inloggen. Je bent niet ingelogd.',
  'callback.error.retry': 'Opnieuw inloggen',
  'callback.error.home': 'Terug naar de startpagina',
  'callback.noRole.heading': 'Je account heeft nog geen rol',
  'callback.noRole.text':
    'Je bent ingelogd, maar aan je account is nog geen rol in Vaardig gekoppeld. Neem contact op met de beheerder van je organisatie.',

  'guard.loginRequired.heading': 'Inloggen vereist',
  'guard.loginRequired.text': 'Deze pagina is alleen te zien als je bent ingelogd.',
  'guard.forbidden.heading': 'Geen toegang',
  'guard.forbidden.text':
    'Deze pagina is bedoeld voor de rol {role}. Met je account ({ownRoles}) heb je hier geen toegang toe.',
  'guard.forbidden.toOwnPage': 'Naar mijn eigen pagina',
  'guard.forbidden.home': 'Naar de startpagina',

  'role.JOB_SEEKER': 'Werkzoekende',
  'role.JOBCOACH': 'Jobcoach',
  'role.EMPLOYER': 'Werkgever',
  'role.REGIO_STAFF': 'Regiomedewerker',
  'role.ADMIN': 'Beheerder',

  'auth.register': 'Registreren',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
  'auth.login': 'Log in',
  'auth.logout': 'Log out',
  'auth.loading': 'Loading…',
  'auth.notice.sessionExpired': 'Your session has expired. Log in again to continue.',
  'auth.notice.logoutIncomplete':
    'You are logged out on this device, but the login service could not end your session. Close your browser to log out completely.',
  'auth.error.configUnavailable':
    'Logging in is not possible right now: the settings of the login service could not be loaded.',
  'auth.error.loginFailed': 'Logging in could not be started.',
  'auth.error.meFailed': 'You are logged in, but your account details could not be loaded.',
  'auth.error.technicalDetail': 'Technical message: {message}',

  'callback.title': 'Logging in',
  'callback.busy': 'Logging you in…',
  'callback.error.heading': 'Logging in failed',
  'callback.error.intro': 'Something went wrong while completing the login. You are not logged in.',
  'callback.error.retry': 'Log in again',
  'callback.error.home': 'Back to the home page',
  'callback.noRole.heading': 'Your account has no role yet',
  'callback.noRole.text':
    'You are logged in, but your account has no role in Vaardig yet. Please contact the administrator of your organisation.',

  'guard.loginRequired.heading': 'Login required',
  'guard.loginRequired.text': 'This page is only available when you are logged in.',
  'guard.forbidden.heading': 'No access',
  'guard.forbidden.text':
    'This page is meant for the role {role}. Your account ({ownRoles}) does not have access to it.',
  'guard.forbidden.toOwnPage': 'Go to my own page',
  'guard.forbidden.home': 'Go to the home page',

  'role.JOB_SEEKER': 'Job seeker',
  'role.JOBCOACH': 'Job coach',
  'role.EMPLOYER': 'Employer',
  'role.REGIO_STAFF': 'Regional staff',
  'role.ADMIN': 'Administrator',

  'auth.register': 'Create account',
};
