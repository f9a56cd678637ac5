package nl.vaardig.taxonomy.extract.context;

import java.util.List;

/** Words around a mention that say whether a skill is required or merely welcome. */
public final class RequirementCues {

    /** What the words of one sentence say. */
    public enum Signal { ESSENTIAL, OPTIONAL, NONE }

    private static final CuePhrases OPTIONAL = new CuePhrases(List.of("pre", "pré", "pluspunt", "is een plus",
            "een plus", "nice to have", "nice-to-have", "a plus", "is a plus", "bonus", "preferred", "preferably",
            "bij voorkeur", "desirable", "ideally", "idealiter", "would be nice", "strekt tot aanbeveling",
            "affiniteit", "handig", "mooi meegenomen", "not required", "niet vereist", "geen vereiste",
            "geen must", "optional", "optioneel", "an advantage", "een voordeel", "is welkom", "welcome",
            "familiarity", "exposure to", "interest in", "interesse in", "enige kennis", "basiskennis van"));
    private static final CuePhrases ESSENTIAL = new CuePhrases(List.of("vereist", "required", "requirement",
            "must", "moet", "moeten", "je hebt", "jij hebt", "heb je", "je beschikt", "beschik je", "beschikt over",
            "in het bezit", "in bezit van", "minimaal", "minimum", "at least", "you have", "you bring", "you will have",
            "proven", "aantoonbare", "aantoonbaar", "noodzakelijk", "verplicht", "essential", "ervaring met",
            "ervaring in", "ervaring als", "experience with", "experience in", "kennis van", "knowledge of",
            "strong", "solid", "uitstekend*", "goede beheersing", "beheersing van", "excellent", "vloeiend",
            "fluent", "je kunt", "je bent in staat", "able to", "ability to", "expert", "deskundig*"));

    private RequirementCues() {
    }

    public static Signal of(String folded) {
        return of(CueText.of(folded));
    }

    public static Signal of(CueText folded) {
        if (OPTIONAL.any(folded)) {
            return Signal.OPTIONAL;
        }
        if (ESSENTIAL.any(folded)) {
            return Signal.ESSENTIAL;
        }
        return Signal.NONE;
    }
}
