package nl.vaardig.web.notification;

import nl.vaardig.web.account.Language;

/**
 * The text of every notification, Dutch ("je") first and English for people who chose English. A mail holds only
 * what its recipient may see in the app anyway — an organisation's name, a vacancy title, a pseudonymous candidate
 * label, a coach's role label — and a link; never a person's name, contact details or profile.
 */
final class MailTexts {

    private final String baseUrl;

    MailTexts(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Mail invitationReceived(Language l, String organisation, String vacancyTitle) {
        return mail(MailKind.INVITATION_RECEIVED, l,
                organisation + " nodigt je uit voor de vacature " + quoted(vacancyTitle),
                organisation + " invites you for the vacancy " + quoted(vacancyTitle),
                organisation + " nodigt je uit om te reageren op de vacature " + quoted(vacancyTitle) + ".\n\n"
                        + "Je beslist zelf of je ingaat op de uitnodiging. De werkgever weet niet wie je bent, tot je "
                        + "accepteert en kiest welke gegevens je deelt.",
                organisation + " invites you to respond to the vacancy " + quoted(vacancyTitle) + ".\n\n"
                        + "You decide whether to accept. The employer does not know who you are until you accept and "
                        + "choose what to share.",
                "/werkzoekende/uitnodigingen");
    }

    Mail invitationAnswered(Language l, String candidateLabel, String vacancyTitle, boolean accepted, String vacancyId) {
        return mail(MailKind.INVITATION_ANSWERED, l,
                candidateLabel + (accepted ? " accepteert" : " wijst") + " je uitnodiging voor " + quoted(vacancyTitle)
                        + (accepted ? "" : " af"),
                candidateLabel + (accepted ? " accepted" : " declined") + " your invitation for " + quoted(vacancyTitle),
                candidateLabel + (accepted
                        ? " accepteert je uitnodiging voor de vacature " + quoted(vacancyTitle)
                        + ". De contactgegevens die de kandidaat met je deelt, zie je in Vaardig."
                        : " wijst je uitnodiging voor de vacature " + quoted(vacancyTitle) + " af."),
                candidateLabel + (accepted
                        ? " accepted your invitation for the vacancy " + quoted(vacancyTitle)
                        + ". The contact details the candidate shares with you are in Vaardig."
                        : " declined your invitation for the vacancy " + quoted(vacancyTitle) + "."),
                "/werkgever/vacatures/" + vacancyId + "/kandidaten");
    }

    Mail proposalForCandidate(Language l, String coachLabel, String vacancyTitle, String employer) {
        return mail(MailKind.PROPOSAL_FOR_CANDIDATE, l,
                "Je jobcoach wil je voorstellen voor " + quoted(vacancyTitle),
                "Your jobcoach would like to propose you for " + quoted(vacancyTitle),
                coachLabel + " wil je voorstellen aan " + employer + " voor de vacature " + quoted(vacancyTitle)
                        + ".\n\nDe werkgever ziet niets van je voordat je zelf akkoord geeft.",
                coachLabel + " would like to propose you to " + employer + " for the vacancy " + quoted(vacancyTitle)
                        + ".\n\nThe employer sees nothing about you until you agree.",
                "/werkzoekende/voorstellen");
    }

    Mail proposalForEmployer(Language l, String coachLabel, String vacancyTitle) {
        return mail(MailKind.PROPOSAL_FOR_EMPLOYER, l,
                "Een jobcoach stelt een kandidaat voor voor " + quoted(vacancyTitle),
                "A jobcoach proposes a candidate for " + quoted(vacancyTitle),
                coachLabel + " stelt een kandidaat voor voor je vacature " + quoted(vacancyTitle)
                        + ". De kandidaat gaf zelf akkoord; wat de kandidaat met je deelt, zie je in Vaardig.",
                coachLabel + " proposes a candidate for your vacancy " + quoted(vacancyTitle)
                        + ". The candidate agreed; what the candidate shares with you is in Vaardig.",
                "/werkgever/voorstellen");
    }

    Mail proposalAnswered(Language l, String candidateLabel, String vacancyTitle, boolean agreed, String profileId) {
        return mail(MailKind.PROPOSAL_ANSWERED, l,
                candidateLabel + (agreed ? " gaat akkoord met je voorstel voor " : " wijst je voorstel af voor ")
                        + quoted(vacancyTitle),
                candidateLabel + (agreed ? " agreed to your proposal for " : " declined your proposal for ")
                        + quoted(vacancyTitle),
                candidateLabel + (agreed
                        ? " gaat akkoord met je voorstel voor de vacature " + quoted(vacancyTitle)
                        + ". De werkgever ziet het voorstel nu."
                        : " wijst je voorstel voor de vacature " + quoted(vacancyTitle) + " af."),
                candidateLabel + (agreed
                        ? " agreed to your proposal for the vacancy " + quoted(vacancyTitle)
                        + ". The employer now sees the proposal."
                        : " declined your proposal for the vacancy " + quoted(vacancyTitle) + "."),
                "/jobcoach/kandidaten/" + profileId);
    }

    /**
     * To a worker (no account, language unknown): Dutch first, English below. The link is the worker's own; the text
     * says what the employer will and will not see.
     */
    Mail teamOutlookQuestions(String organisation, String teamName, String path, java.time.LocalDate until) {
        String link = baseUrl + path;
        String date = until.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy", java.util.Locale.ROOT));
        return new Mail(MailKind.TEAM_OUTLOOK_QUESTIONS,
                organisation + " vraagt je mening over de vaardigheden van " + quoted(teamName),
                "Hallo,\n\n" + organisation + " vraagt je vier vragen te beantwoorden over de vaardigheden van het team "
                        + quoted(teamName) + ": doe je het al, kun je het, wil je het leren en geeft het je energie?\n\n"
                        + "Je werkgever ziet nooit jouw antwoorden, alleen hoeveel mensen samen iets kunnen of willen, "
                        + "en pas als minstens 5 mensen hebben geantwoord. Je kunt je antwoorden later via dezelfde link "
                        + "intrekken.\n\nJe antwoordt hier (tot " + date + "): " + link
                        + "\n\nDeze link is alleen voor jou: stuur hem niet door.\n\n"
                        + "---\n\n" + organisation + " asks you four questions about the skills of the team "
                        + quoted(teamName) + ". Your employer never sees your answers, only totals, and only once at "
                        + "least 5 people have answered. Answer (and later withdraw) at the link above.\n\nVaardig\n");
    }

    private Mail mail(MailKind kind, Language l, String subjectNl, String subjectEn, String textNl, String textEn,
                      String path) {
        String link = baseUrl + path;
        String settings = baseUrl + "/instellingen/e-mail";
        return l == Language.EN
                ? new Mail(kind, subjectEn, "Hello,\n\n" + textEn + "\n\nOpen it in Vaardig: " + link
                        + "\n\nYou receive this e-mail because you switched on these notifications. Switch them off at "
                        + settings + "\n\nVaardig\n")
                : new Mail(kind, subjectNl, "Hallo,\n\n" + textNl + "\n\nBekijk het in Vaardig: " + link
                        + "\n\nJe krijgt deze e-mail omdat je deze meldingen hebt aangezet. Uitzetten kan bij "
                        + settings + "\n\nVaardig\n");
    }

    private static String quoted(String title) {
        String shortTitle = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        return "\u201C" + shortTitle + "\u201D";
    }
}
