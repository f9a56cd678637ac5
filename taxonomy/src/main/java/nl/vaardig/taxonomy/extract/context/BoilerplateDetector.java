package nl.vaardig.taxonomy.extract.context;

import java.util.List;

/**
 * Recognises sentences that never state a skill requirement: benefits and pay, application instructions,
 * company blurbs, legal, equal-opportunity, privacy and cookie text. Works on folded text; a sentence that
 * also asks for experience or knowledge needs two boilerplate cues before it is skipped.
 */
public final class BoilerplateDetector {

    private static final CuePhrases CUES = new CuePhrases(List.of(
            // pay and terms of employment
            "salaris", "bruto", "per maand", "€", "eur", "cao", "salarisschaal", "pensioen*",
            "vakantiegeld", "eindejaarsuitkering", "13e maand", "dertiende maand", "reiskosten*", "vakantiedagen",
            "verlofdagen", "leaseauto", "auto van de zaak", "thuiswerkvergoeding", "opleidingsbudget",
            "doorgroeimogelijkheden", "vast contract", "tijdelijk contract", "jaarcontract", "uur per week",
            "uren per week", "fietsplan", "sportabonnement", "personeelskorting", "personeelsvereniging",
            "informele werksfeer", "prettige werksfeer", "fijne werksfeer", "goede arbeidsvoorwaarden",
            "marktconform", "salary", "competitive pay", "competitive compensation", "pension", "401k", "401(k)",
            "health insurance", "dental", "paid time off", "vacation days", "holiday allowance", "stock options",
            "benefits package", "flexible working hours", "flexibele werktijden", "hybride werken",
            "thuiswerken mogelijk", "work from home", "gym membership", "free lunch", "gratis lunch",
            // application instructions and contact
            "solliciteer*", "sollicitatie*", "stuur je cv", "stuur jouw cv", "stuur ons", "motivatiebrief",
            "reageer", "reageren kan", "klik op", "via de button", "apply now", "apply via", "apply online",
            "to apply", "send your cv", "send your resume", "submit your", "voor meer informatie",
            "meer informatie over", "for more information", "neem contact op", "neem dan contact", "contact opnemen",
            "bel ", "mail naar", "@", "telefoonnummer", "referentiecheck", "sollicitatiegesprek",
            "gesprekken vinden plaats", "de procedure", "selectieprocedure", "assessment kan deel",
            // legal, diversity, privacy, cookies, acquisition
            "acquisitie", "cookie*", "privacy", "equal opportunity", "without regard to", "regardless of",
            "gender identity", "sexual orientation", "veteran status", "disability status",
            "all qualified applicants", "reasonable accommodation", "gelijke kansen", "discriminatie",
            "inclusieve werkgever", "diversiteit", "we verwelkomen", "ongeacht", "geslacht", "afkomst",
            "eoe", "affirmative action",
            // company blurb
            "wij zijn een", "we zijn een", "wij zijn de", "we zijn de", "toonaangevend*", "marktleider",
            "opgericht in", "medewerkers in dienst", "vestigingen in", "werknemers wereldwijd",
            "we are a", "we're a", "we are the", "leading provider", "founded in", "our mission", "onze missie",
            "employees worldwide", "headquartered", "hoofdkantoor", "our clients include", "onze klanten zijn",
            "fortune 500", "award-winning", "years of experience in the market", "jaar ervaring in de markt"));

    /** Cues that settle it on their own, whatever else the sentence says. */
    private static final CuePhrases DECISIVE = new CuePhrases(List.of("acquisitie", "cookie*", "equal opportunity",
            "without regard to", "all qualified applicants", "reasonable accommodation", "privacyverklaring",
            "privacy policy", "privacy statement", "solliciteer*", "apply now", "stuur je cv", "send your cv",
            "send your resume", "klik op", "via de button"));

    private static final CuePhrases SKILL_TALK = new CuePhrases(List.of("ervaring", "kennis", "vaardig*",
            "experience", "knowledge", "ability to", "able to", "skills", "proficien*", "diploma", "opleiding",
            "certificaat", "beheers*", "kunnen"));

    private BoilerplateDetector() {
    }

    public static boolean isBoilerplate(String folded) {
        return isBoilerplate(CueText.of(folded));
    }

    public static boolean isBoilerplate(CueText text) {
        if (DECISIVE.any(text)) {
            return true;
        }
        int cues = CUES.count(text);
        if (cues == 0) {
            return false;
        }
        return cues >= 2 || !SKILL_TALK.any(text);
    }
}
