package nl.vaardig.taxonomy.extract.context;

import java.util.Set;

/**
 * Tells Dutch from English by counting very frequent function words; enough for vacancy text, where both
 * languages are often mixed. Counts are fed token by token so the extractor needs no second pass.
 */
public final class LanguageDetector {

    public enum Language { DUTCH, ENGLISH, MIXED, UNKNOWN }

    private static final Set<String> DUTCH = Set.of("de", "het", "een", "en", "van", "je", "jij", "jouw", "wij",
            "voor", "met", "op", "zijn", "ons", "onze", "naar", "bij", "ook", "niet", "te", "dat", "die", "wat", "heb",
            "hebt", "heeft", "ben", "bent", "wordt", "werk", "kennis", "ervaring", "goede", "als", "om", "of", "uit",
            "aan", "er", "binnen", "zoeken", "jaar");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "you", "your", "our", "with", "for",
            "are", "be", "will", "this", "that", "have", "has", "experience", "knowledge", "skills", "work", "team",
            "we", "is", "an", "as", "on", "or", "from", "able", "strong", "years", "looking", "ability", "working");

    private int dutch;
    private int english;

    private static final java.util.Map<String, Integer> CUES = new java.util.HashMap<>();

    static {
        DUTCH.forEach(w -> CUES.merge(w, 1, (a, b) -> a | b));
        ENGLISH.forEach(w -> CUES.merge(w, 2, (a, b) -> a | b));
    }

    public void accept(String folded) {
        Integer kind = CUES.get(folded);
        if (kind != null) {
            dutch += kind & 1;
            english += kind >> 1;
        }
    }

    public Language result() {
        int total = dutch + english;
        if (total < 3) {
            return Language.UNKNOWN;
        }
        double dutchShare = (double) dutch / total;
        if (dutchShare >= 0.75) {
            return Language.DUTCH;
        }
        if (dutchShare <= 0.25) {
            return Language.ENGLISH;
        }
        return Language.MIXED;
    }
}
