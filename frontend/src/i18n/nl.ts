// Dutch is the reference dictionary: its keys define MessageKey, and every other language must
// provide exactly the same keys (enforced by the type of `en` and by i18n/dictionary.test.ts).
export const nl = {
  'app.name': 'Vaardig',
  'app.tagline': 'Werk, talent en leren, gekoppeld op vaardigheden',

  'layout.skipLink': 'Naar de inhoud',
  'layout.nav.label': 'Hoofdmenu',
  'layout.nav.home': 'Start',
  'layout.language.label': 'Taal',
  'layout.language.nl': 'Nederlands',
  'layout.language.en': 'English',
  'layout.user.label': 'Ingelogd als {name}',
  'layout.footer.esco': 'This service uses the ESCO classification of the European Commission.',
  'layout.footer.regions': "Bron regio's: CBS, PDOK",
  'layout.footer.version': 'Versie {version}',

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

  'problem.status': 'Foutcode {status}',
  'problem.fieldErrors': 'Controleer deze gegevens:',
  'problem.network': 'Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  'problem.invalidResponse': 'De server gaf een antwoord dat Vaardig niet kon lezen.',
  'common.dismiss': 'Melding sluiten',

  'preferences.notSaved':
    'Je taalkeuze is op dit apparaat bewaard, maar kon niet in je account worden opgeslagen.',

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
    'Binnenkort kun je Vaardig ook zonder account verkennen: vaardigheden invullen en passende vacatures en leerroutes bekijken. Wat je dan invult, blijft in je eigen browser. Vaardig bewaart niets van je gegevens totdat je je registreert. Die mogelijkheid is er nog niet; nu kun je alleen inloggen met een bestaand account.',

  'role.JOB_SEEKER': 'Werkzoekende',
  'role.JOBCOACH': 'Jobcoach',
  'role.EMPLOYER': 'Werkgever',
  'role.REGIO_STAFF': 'Regiomedewerker',
  'role.ADMIN': 'Beheerder',

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

  'jobSeeker.title': 'Werkzoekende',
  'jobSeeker.intro': 'Vaardig kijkt naar wat je kunt en wilt, niet alleen naar je vorige baan.',
  'jobSeeker.profile.title': 'Je vaardighedenprofiel',
  'jobSeeker.profile.text': 'Bij elke taak of vaardigheid beantwoord je vier vragen:',
  'jobSeeker.profile.q1': 'Doe ik het al?',
  'jobSeeker.profile.q2': 'Kan ik het?',
  'jobSeeker.profile.q3': 'Wil ik het leren?',
  'jobSeeker.profile.q4': 'Geeft het energie?',
  'jobSeeker.matches.title': 'Passende vacatures, met uitleg',
  'jobSeeker.matches.text':
    'Bij elke vacature zie je welke van je vaardigheden overeenkomen en welke nog ontbreken, zodat je begrijpt waarom hij bij je past.',
  'jobSeeker.learning.title': 'Leerroutes',
  'jobSeeker.learning.text':
    'Voor de vaardigheden die nog ontbreken laat Vaardig opleidingen, trainingen en zij-instroomroutes zien.',
  'jobSeeker.consent.title': 'Jij beslist over je gegevens',
  'jobSeeker.consent.text':
    'Je profiel is van jou. Alleen als jij dat wilt, kunnen werkgevers en je jobcoach het vinden.',

  'jobcoach.title': 'Jobcoach',
  'jobcoach.intro': 'Vaardig helpt u de mensen die u begeleidt actief aan werk te helpen.',
  'jobcoach.live.title': 'Live uit uw regio',
  'jobcoach.live.text':
    'Nieuwe vacatures en nieuwe werkzoekenden in uw arbeidsmarktregio verschijnen direct, zonder te verversen.',
  'jobcoach.caseload.title': 'Uw caseload',
  'jobcoach.caseload.text':
    'Een overzicht van de werkzoekenden die u begeleidt, met hun vaardighedenprofiel en hun voortgang.',
  'jobcoach.propose.title': 'Kandidaten voordragen',
  'jobcoach.propose.text': 'Stel werkzoekenden actief voor bij werkgevers met een passende vacature.',
  'jobcoach.outcomes.title': 'Uitkomsten',
  'jobcoach.outcomes.text':
    'Volg wat uw voordrachten opleveren: gesprekken, plaatsingen en gestarte leerroutes.',

  'employer.title': 'Werkgever',
  'employer.intro': 'Vind mensen op wat ze kunnen, ook buiten de gebruikelijke vijver.',
  'employer.vacancies.title': 'Vacatures in vaardigheden',
  'employer.vacancies.text':
    'Beschrijf een vacature in gewone taal. Vaardig stelt de vaardigheden voor en u bevestigt of past ze aan.',
  'employer.candidates.title': 'Gerangschikte kandidaten',
  'employer.candidates.text':
    'Kandidaten die toestemming gaven om gevonden te worden, gerangschikt op hoe goed hun vaardigheden passen, met uitleg per kandidaat.',
  'employer.team.title': 'Wat mist uw team?',
  'employer.team.text':
    'Zicht op de vaardigheden die uw team nog mist, en welke leerroutes of nieuwe collega’s dat gat kunnen vullen.',

  'regio.title': 'Regio',
  'regio.intro': 'Cijfers over vraag naar en aanbod van vaardigheden, om het gesprek in de regio te voeden.',
  'regio.demand.title': 'Vraag en aanbod',
  'regio.demand.text': 'Vraag naar en aanbod van vaardigheden per arbeidsmarktregio, en hoe die zich ontwikkelen.',
  'regio.tension.title': 'Krapte',
  'regio.tension.text':
    'Een spanningsindicator per vaardigheid: openstaande vraag tegenover beschikbaar aanbod, van ruim tot zeer krap.',
  'regio.similar.title': "Vergelijkbare regio's",
  'regio.similar.text':
    "Vergelijk uw regio met regio's die erop lijken, in plaats van met een plat landelijk gemiddelde.",
  'regio.maps.title': 'Kaarten en grafieken',
  'regio.maps.text': 'Kaarten per arbeidsmarktregio en bellengrafieken met twee variabelen en een tijdlijn.',
  'regio.narrative.title': 'Het verhaal bij de cijfers',
  'regio.narrative.text': 'Elke weergave krijgt een toelichting: cijfers geven aanwijzingen, geen conclusies.',
  'regio.exports.title': 'Exports',
  'regio.exports.text': 'Download de cijfers voor uw eigen analyses en rapportages.',
  'regio.privacy.title': 'Nooit een cijfer over minder dan 10 mensen',
  'regio.privacy.text':
    'Een cijfer dat op minder dan 10 mensen rust, wordt niet getoond, ook niet in exports.',

  'admin.title': 'Beheer',
  'admin.intro': 'De actuele status van Vaardig en de diensten waarop het draait.',
  'admin.status.heading': 'Platformstatus',
  'admin.status.overall': 'Totaalstatus: {status}',
  'admin.status.caption': 'Status per onderdeel',
  'admin.status.component': 'Onderdeel',
  'admin.status.state': 'Status',
  'admin.status.none': 'Er zijn geen onderdelen gemeld.',
  'admin.status.loading': 'Status wordt opgehaald…',
  'admin.status.failed': 'De platformstatus kon niet worden opgehaald.',
  'admin.status.updatedAt': 'Bijgewerkt om {time}',
  'admin.status.refreshNow': 'Nu verversen',
  'admin.status.autoRefresh': 'Elke 10 seconden verversen',
  'admin.health.UP': 'In orde',
  'admin.health.DOWN': 'Storing',
  'admin.health.OUT_OF_SERVICE': 'Buiten gebruik',
  'admin.health.UNKNOWN': 'Onbekend',
  'admin.component.db': 'Database',
  'admin.component.kafka': 'Kafka (gebeurtenissen)',
  'admin.component.oidcIssuer': 'Inlogdienst (OIDC)',
  'admin.component.diskSpace': 'Schijfruimte',
  'admin.component.ping': 'Bereikbaarheid',
  'admin.component.livenessState': 'Draait (liveness)',
  'admin.component.readinessState': 'Klaar voor verkeer (readiness)',
  'admin.component.ssl': 'Certificaten',
  'admin.component.mail': 'E-mail',

  // Skills from text / job title (public page /vaardigheden, feature "skills")
  'skills.nav': 'Vaardigheden vinden',
  'skills.title': 'Vaardigheden vinden',
  'skills.heading': 'Vaardigheden vinden',
  'skills.intro':
    'Plak een vacaturetekst of cv, of typ een functietitel. Vaardig laat zien welke vaardigheden (uit de Europese ESCO-classificatie) erin staan en waar in de tekst. Jij bepaalt welke kloppen.',
  'skills.privacy':
    'Je hebt geen account nodig. Vaardig bewaart niets van wat je hier invult: de tekst wordt alleen geanalyseerd en daarna vergeten.',
  'skills.homeLink': 'Vaardigheden vinden in een tekst of functietitel',
  'skills.homeText': 'Zonder account: plak een vacature of cv, of typ een functietitel, en zie welke vaardigheden erin staan.',
  'skills.tabs.label': 'Manier van zoeken',
  'skills.tabs.text': 'Vacature- of cv-tekst',
  'skills.tabs.title': 'Functietitel',
  'skills.text.label': 'Vacature- of cv-tekst',
  'skills.text.hint': 'Platte tekst of HTML, tot 50 kB. Markeringen verschijnen in de tekst die is geanalyseerd.',
  'skills.text.counter': '{used} van {max} kB gebruikt',
  'skills.text.counterOver': '{used} kB: dat is meer dan {max} kB. Maak de tekst korter.',
  'skills.text.submit': 'Analyseren',
  'skills.text.busy': 'De tekst wordt geanalyseerd…',
  'skills.text.empty': 'Vul een tekst in: plak een vacaturetekst of cv.',
  'skills.text.failed': 'De tekst kon niet worden geanalyseerd.',
  'skills.text.resultHeading': 'Gevonden in de tekst',
  'skills.text.highlightedHeading': 'De tekst met gemarkeerd bewijs',
  'skills.text.noSkills': 'Er zijn geen vaardigheden gevonden. Probeer een langere of concretere tekst.',
  'skills.text.elapsed': 'Geanalyseerd in {ms} ms.',
  'skills.text.language': 'Herkende taal: {language}',
  'skills.text.language.nl': 'Nederlands',
  'skills.text.language.en': 'Engels',
  'skills.text.language.mixed': 'Nederlands en Engels door elkaar',
  'skills.text.language.unknown': 'onbekend',
  'skills.text.markTitle': 'Bewijs voor: {skills}',
  'skills.title.label': 'Functietitel',
  'skills.title.hint': 'Bijvoorbeeld "heftruckchauffeur" of "verpleegkundige".',
  'skills.title.submit': 'Beroepen zoeken',
  'skills.title.busy': 'Beroepen worden gezocht…',
  'skills.title.empty': 'Vul een functietitel in.',
  'skills.title.failed': 'Er konden geen beroepen worden gezocht.',
  'skills.title.resultHeading': 'Passende beroepen',
  'skills.title.none': 'Geen beroep gevonden bij deze titel. Probeer een andere schrijfwijze.',
  'skills.title.score': 'overeenkomst {percent}%',
  'skills.title.choose': 'Kies',
  'skills.title.skillsHeading': 'Vaardigheden bij {occupation}',
  'skills.list.heading': 'Voorgestelde vaardigheden',
  'skills.list.fallbackTag': 'EN',
  'skills.list.fallbackExplained': 'Nog geen Nederlandse benaming',
  'skills.list.essential': 'Essentieel',
  'skills.list.optional': 'Optioneel',
  'skills.list.confidence': 'Zekerheid: {words} ({percent}%)',
  'skills.list.confidence.high': 'hoog',
  'skills.list.confidence.medium': 'redelijk',
  'skills.list.confidence.low': 'laag',
  'skills.list.evidence': 'Gevonden als: {evidence}',
  'skills.list.accept': 'Accepteren',
  'skills.list.reject': 'Afwijzen',
  'skills.list.summary': '{accepted} geaccepteerd, {rejected} afgewezen',
  'skills.list.copy': 'Kopieer als lijst',
  'skills.list.copied': 'De geaccepteerde vaardigheden zijn gekopieerd.',
  'skills.list.copyFailed': 'Kopiëren lukte niet; gebruik de download.',
  'skills.list.download': 'Download JSON',
  'skills.list.nothingAccepted': 'Accepteer eerst een of meer vaardigheden om ze te kopiëren of te downloaden.',
  // end of skills block

  'notFound.title': 'Pagina niet gevonden',
  'notFound.text': 'Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.',
  'notFound.home': 'Naar de startpagina',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
