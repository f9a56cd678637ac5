import type { MessageKey } from './nl';

// Typed as Record<MessageKey, string>: a missing or an extra key is a compile error.
export const en: Record<MessageKey, string> = {
  'app.name': 'Vaardig',
  'app.tagline': 'Work, talent and learning, matched on skills',

  'layout.skipLink': 'Skip to content',
  'layout.nav.label': 'Main menu',
  'layout.nav.home': 'Home',
  'layout.language.label': 'Language',
  'layout.language.nl': 'Nederlands',
  'layout.language.en': 'English',
  'layout.user.label': 'Logged in as {name}',
  'layout.footer.esco': 'This service uses the ESCO classification of the European Commission.',
  'layout.footer.regions': 'Source of regions: CBS, PDOK',
  'layout.footer.version': 'Version {version}',

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

  'problem.status': 'Error code {status}',
  'problem.fieldErrors': 'Please check these details:',
  'problem.network': 'There is no connection with the server. Check your internet connection and try again.',
  'problem.invalidResponse': 'The server sent an answer that Vaardig could not read.',
  'common.dismiss': 'Close message',

  'preferences.notSaved': 'Your language choice is kept on this device, but could not be saved to your account.',

  'home.title': 'Home',
  'home.heading': 'Find work based on what you can do',
  'home.intro':
    'Vaardig is an open platform for the Dutch labour market. It matches people to vacancies and learning routes based on skills: what you can do and what you want to learn, not just your diplomas or your previous job title.',
  'home.audience.heading': 'For people changing careers or returning to work',
  'home.audience.text':
    'Especially for career changers (zij-instromers) moving into a new sector such as education or care, and for returners (herintreders) going back to work after years away, Vaardig shows which skills they already bring and what they can still learn.',
  'home.skills.heading': 'One language for skills',
  'home.skills.text':
    'Vaardig uses the European classification ESCO and the Dutch skills language CompetentNL. A skill in your profile therefore means the same as in a vacancy or a course, and every match is explained.',
  'home.roles.heading': 'What will you find in Vaardig?',
  'home.roles.jobSeeker.title': 'Job seekers',
  'home.roles.jobSeeker.text':
    'A skills profile, vacancies that fit it with an explanation why, and learning routes for what is still missing.',
  'home.roles.employer.title': 'Employers',
  'home.roles.employer.text':
    'Vacancies described in skills, consenting candidates ranked by how well they fit, and insight into what the team is missing.',
  'home.roles.jobcoach.title': 'Job coaches',
  'home.roles.jobcoach.text':
    'New vacancies and candidates in their own region as they come in, their caseload, proposing candidates and following the outcomes.',
  'home.roles.regio.title': 'Regions',
  'home.roles.regio.text':
    'Demand for and supply of skills per labour-market region, tension, similar regions, maps and exports.',
  'home.roles.admin.title': 'Administrators',
  'home.roles.admin.text': 'The current status of the platform and its components.',
  'home.login.heading': 'Log in',
  'home.login.text': 'Do you have an account? Log in and you go straight to the page for your role.',
  'home.explore.heading': 'Exploring without an account',
  'home.explore.text':
    'Soon you will be able to explore Vaardig without an account: fill in skills and look at matching vacancies and learning routes. What you fill in then stays in your own browser. Vaardig stores none of your data until you register. That option is not available yet; for now you can only log in with an existing account.',

  'role.JOB_SEEKER': 'Job seeker',
  'role.JOBCOACH': 'Job coach',
  'role.EMPLOYER': 'Employer',
  'role.REGIO_STAFF': 'Regional staff',
  'role.ADMIN': 'Administrator',

  'landing.greeting': 'Welcome, {name}',
  'landing.account.heading': 'Your account',
  'landing.account.role': 'Role',
  'landing.account.regions': 'Regions',
  'landing.account.noRegions': 'No region linked yet',
  'landing.account.organisation': 'Organisation',
  'landing.account.noOrganisation': 'No organisation linked yet',
  'landing.offers.heading': 'What Vaardig will offer you',
  'landing.offers.status': 'These parts are being built right now. They will appear on this page as soon as they are ready.',

  'jobSeeker.title': 'Job seeker',
  'jobSeeker.intro': 'Vaardig looks at what you can do and want to do, not just at your previous job.',
  'jobSeeker.profile.title': 'Your skills profile',
  'jobSeeker.profile.text': 'For every task or skill you answer four questions:',
  'jobSeeker.profile.q1': 'Am I doing it already?',
  'jobSeeker.profile.q2': 'Can I do it?',
  'jobSeeker.profile.q3': 'Do I want to learn it?',
  'jobSeeker.profile.q4': 'Does it give me energy?',
  'jobSeeker.matches.title': 'Matching vacancies, explained',
  'jobSeeker.matches.text':
    'For every vacancy you see which of your skills match and which are still missing, so you understand why it fits you.',
  'jobSeeker.learning.title': 'Learning routes',
  'jobSeeker.learning.text':
    'For the skills that are still missing, Vaardig shows courses, training and career-change routes.',
  'jobSeeker.consent.title': 'You decide about your data',
  'jobSeeker.consent.text': 'Your profile is yours. Employers and your job coach can only find it if you want them to.',

  'jobcoach.title': 'Job coach',
  'jobcoach.intro': 'Vaardig helps you actively guide the people you support into work.',
  'jobcoach.live.title': 'Live from your region',
  'jobcoach.live.text':
    'New vacancies and new job seekers in your labour-market region appear immediately, without reloading.',
  'jobcoach.caseload.title': 'Your caseload',
  'jobcoach.caseload.text': 'An overview of the job seekers you support, with their skills profile and their progress.',
  'jobcoach.propose.title': 'Proposing candidates',
  'jobcoach.propose.text': 'Actively put job seekers forward to employers with a matching vacancy.',
  'jobcoach.outcomes.title': 'Outcomes',
  'jobcoach.outcomes.text': 'Follow what your proposals lead to: interviews, placements and learning routes started.',

  'employer.title': 'Employer',
  'employer.intro': 'Find people by what they can do, also beyond the usual talent pool.',
  'employer.vacancies.title': 'Vacancies in skills',
  'employer.vacancies.text':
    'Describe a vacancy in plain language. Vaardig suggests the skills and you confirm or adjust them.',
  'employer.candidates.title': 'Ranked candidates',
  'employer.candidates.text':
    'Candidates who agreed to be found, ranked by how well their skills fit, with an explanation per candidate.',
  'employer.team.title': 'What is your team missing?',
  'employer.team.text':
    'Insight into the skills your team is still missing, and which learning routes or new colleagues can fill that gap.',

  'regio.title': 'Region',
  'regio.intro': 'Figures on the demand for and supply of skills, to inform the conversation in the region.',
  'regio.demand.title': 'Demand and supply',
  'regio.demand.text': 'Demand for and supply of skills per labour-market region, and how they develop.',
  'regio.tension.title': 'Tension',
  'regio.tension.text':
    'A tension indicator per skill: open demand against available supply, from slack to very tight.',
  'regio.similar.title': 'Similar regions',
  'regio.similar.text': 'Compare your region with regions that resemble it, instead of with a flat national average.',
  'regio.maps.title': 'Maps and charts',
  'regio.maps.text': 'Maps per labour-market region and bubble charts with two variables and a timeline.',
  'regio.narrative.title': 'The story behind the figures',
  'regio.narrative.text': 'Every view comes with an explanation: figures give leads, not conclusions.',
  'regio.exports.title': 'Exports',
  'regio.exports.text': 'Download the figures for your own analyses and reports.',
  'regio.privacy.title': 'Never a figure about fewer than 10 people',
  'regio.privacy.text': 'A figure that rests on fewer than 10 people is not shown, not even in exports.',

  'admin.title': 'Administration',
  'admin.intro': 'The current status of Vaardig and the services it runs on.',
  'admin.status.heading': 'Platform status',
  'admin.status.overall': 'Overall status: {status}',
  'admin.status.caption': 'Status per component',
  'admin.status.component': 'Component',
  'admin.status.state': 'Status',
  'admin.status.none': 'No components were reported.',
  'admin.status.loading': 'Loading status…',
  'admin.status.failed': 'The platform status could not be loaded.',
  'admin.status.updatedAt': 'Updated at {time}',
  'admin.status.refreshNow': 'Refresh now',
  'admin.status.autoRefresh': 'Refresh every 10 seconds',
  'admin.health.UP': 'Healthy',
  'admin.health.DOWN': 'Down',
  'admin.health.OUT_OF_SERVICE': 'Out of service',
  'admin.health.UNKNOWN': 'Unknown',
  'admin.component.db': 'Database',
  'admin.component.kafka': 'Kafka (events)',
  'admin.component.oidcIssuer': 'Login service (OIDC)',
  'admin.component.diskSpace': 'Disk space',
  'admin.component.ping': 'Reachability',
  'admin.component.livenessState': 'Running (liveness)',
  'admin.component.readinessState': 'Ready for traffic (readiness)',
  'admin.component.ssl': 'Certificates',
  'admin.component.mail': 'E-mail',

  'notFound.title': 'Page not found',
  'notFound.text': 'This page does not exist (any more). Check the address or go to the home page.',
  'notFound.home': 'Go to the home page',
};
