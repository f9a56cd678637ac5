package nl.vaardig.taxonomy.extract.context;

import java.util.List;
import nl.vaardig.taxonomy.extract.text.Fold;

/** Classifies section headings of Dutch and English vacancies. */
public final class SectionClassifier {

    private static final CuePhrases NICE = new CuePhrases(List.of("pre", "pré", "pre's", "pluspunt*", "nice to have",
            "bonus", "preferred", "desirable", "would be nice", "extra punten", "strekt tot aanbeveling", "a plus"));
    private static final CuePhrases REQUIREMENTS = new CuePhrases(List.of("wat vragen wij", "wat vragen we",
            "wat wij vragen", "wat we vragen", "wie ben jij", "wie ben je", "wie zoeken wij", "wie zoeken we",
            "wat breng je mee", "wat neem je mee", "wat heb je nodig", "jouw profiel", "profiel", "functie-eisen",
            "functieeisen", "eisen", "vereisten", "requirements", "qualifications", "what you bring",
            "what we are looking for", "what we're looking for", "who you are", "about you", "your profile",
            "skills", "must have", "competenties", "kwalificaties", "wat verwachten wij", "wat verwachten we",
            "jij hebt", "je hebt", "dit breng je mee", "herken jij jezelf", "ben jij", "wat kun je"));
    private static final CuePhrases TASKS = new CuePhrases(List.of("wat ga je doen", "wat ga jij doen", "taken",
            "werkzaamheden", "functieomschrijving", "de functie", "over de functie", "jouw rol", "je rol",
            "wat houdt de functie in", "verantwoordelijkheden", "responsibilities", "what you will do",
            "what you'll do", "the role", "your role", "job description", "duties", "de baan", "jouw taken",
            "je taken", "wat doe je", "dit ga je doen", "your tasks", "key tasks"));
    private static final CuePhrases OFFER = new CuePhrases(List.of("wat bieden wij", "wat bieden we", "wij bieden",
            "we bieden", "ons aanbod", "aanbod", "arbeidsvoorwaarden", "wat krijg je", "wat mag je verwachten",
            "wat kun je verwachten", "wat wij jou bieden", "wat we je bieden", "what we offer", "we offer", "benefits",
            "perks", "compensation", "salaris", "salary", "wat staat er tegenover", "what's in it for you",
            "what is in it for you", "onze belofte", "dit krijg je", "dit bieden wij"));
    private static final CuePhrases COMPANY = new CuePhrases(List.of("over ons", "wie zijn wij", "wie zijn we",
            "over de organisatie", "de organisatie", "over het bedrijf", "het bedrijf", "bedrijfsprofiel",
            "organisatie", "about us", "who we are", "about the company", "our company", "company description",
            "waar ga je werken", "waar kom je te werken", "je werkplek", "het team", "jouw team", "ons team",
            "over de werkgever", "de werkgever", "werkgever", "about the team", "our story"));
    private static final CuePhrases APPLICATION = new CuePhrases(List.of("solliciteren", "sollicitatie*",
            "interesse", "geinteresseerd", "enthousiast geworden", "enthousiast", "contact", "meer informatie",
            "informatie", "reageren", "procedure", "how to apply", "apply", "application", "next steps",
            "vragen", "hoe solliciteer je", "ben je enthousiast", "spreekt deze vacature je aan", "aanmelden"));
    private static final CuePhrases LEGAL = new CuePhrases(List.of("privacy", "cookie*", "disclaimer",
            "equal opportunity", "diversity", "diversiteit", "inclusie", "eeo", "gelijke kansen", "acquisitie",
            "legal", "voorwaarden gebruik"));

    private SectionClassifier() {
    }

    /** The kind of section a heading opens, or {@link SectionKind#NEUTRAL} when the heading says nothing known. */
    public static SectionKind classify(String heading) {
        String h = Fold.fold(heading);
        if (NICE.any(h)) {
            return SectionKind.NICE_TO_HAVE;
        }
        if (LEGAL.any(h)) {
            return SectionKind.LEGAL;
        }
        if (OFFER.any(h)) {
            return SectionKind.OFFER;
        }
        if (TASKS.any(h)) {
            return SectionKind.TASKS;
        }
        if (REQUIREMENTS.any(h)) {
            return SectionKind.REQUIREMENTS;
        }
        if (APPLICATION.any(h)) {
            return SectionKind.APPLICATION;
        }
        if (COMPANY.any(h)) {
            return SectionKind.COMPANY;
        }
        return SectionKind.NEUTRAL;
    }
}
