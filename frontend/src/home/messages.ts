import type { Translation } from '../i18n/translation';

export const nl = {
  'home.title': 'Start',
  'home.heading': 'Vind werk op wat je kunt',
  'home.intro':
    "Vaardig is een open platform voor de Nederlandse arbeidsmarkt. Het koppelt mensen aan vacatures en leerroutes op basis van vaardigheden: wat je kunt en wat je wilt leren, niet alleen je diploma's of je vorige functietitel.",
  'home.audience.heading': 'Voor wie overstapt of terugkeert',
  'home.audience.text':
    'Juist voor zij-instromers, die overstappen naar een nieuwe sector zoals het onderwijs of de zorg, en voor herintreders, die na jaren weer aan het werk gaan, laat Vaardig zien welke vaardigheden ze al meebrengen en wat ze nog kunnen leren.',
  'home.skills.heading': 'Eén taal voor vaardigheden',
  'home.skills.text':
    "Vaardig gebruikt de Europese classificatie ESCO en de Nederlandse vaardighedentaal CompetentNL. Een vaardigheid in je profiel betekent daardoor hetzelfde als in een vacature of een opleiding, en elke match wordt uitgelegd.",
  'home.roles.heading': 'Wat vind je in Vaardig?',
  'home.roles.jobSeeker.title': 'Werkzoekenden',
  'home.roles.jobSeeker.text':
    'Een vaardighedenprofiel, vacatures die erbij passen met uitleg waarom, en leerroutes voor wat nog ontbreekt.',
  'home.roles.employer.title': 'Werkgevers',
  'home.roles.employer.text':
    'Vacatures beschreven in vaardigheden, kandidaten die toestemming gaven gerangschikt op hoe goed ze passen, en zicht op wat het team mist.',
  'home.roles.jobcoach.title': 'Jobcoaches',
  'home.roles.jobcoach.text':
    'Nieuwe vacatures en kandidaten in de eigen regio zodra ze binnenkomen, de caseload, kandidaten voordragen en de uitkomsten volgen.',
  'home.roles.regio.title': "Regio's",
  'home.roles.regio.text':
    "Vraag en aanbod van vaardigheden per arbeidsmarktregio, krapte, vergelijkbare regio's, kaarten en exports.",
  'home.roles.admin.title': 'Beheerders',
  'home.roles.admin.text': 'De actuele status van het platform en zijn onderdelen.',
  'home.login.heading': 'Inloggen',
  'home.login.text': 'Heb je een account? Log in en je komt direct op de pagina voor jouw rol.',
  'home.explore.heading': 'Rondkijken zonder account',
  'home.explore.text':
    'Verken Vaardig zonder account: vul vaardigheden in en bekijk passende vacatures en leerroutes. Wat je invult, blijft in je eigen browser. Vaardig bewaart niets van je gegevens totdat je je registreert.',
  'home.explore.link': 'Ontdekken zonder account',
} as const satisfies Record<string, string>;

export const en: Translation<typeof nl> = {
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
    'Explore Vaardig without an account: fill in skills and look at matching vacancies and learning routes. What you fill in stays in your own browser. Vaardig stores none of your data until you register.',
  'home.explore.link': 'Explore without an account',
};
