package nl.vaardig.taxonomy.extract.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ESCO's Dutch and English descriptions of one concept, sentence by sentence: ESCO translated them sentence for
 * sentence, so where both have the same number of sentences the i-th Dutch sentence says what the i-th English one
 * says. The pairs teach word translations of the words descriptions use and labels do not ("tillen", "samenwerken",
 * "klanten"): {@link WordTranslations#learnFromSentences}.
 */
final class DescriptionSentences {

    /** A sentence ends at . ! or ? followed by white space (an abbreviation splits both languages alike, or drops the pair). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private DescriptionSentences() {
    }

    /**
     * One document per aligned sentence pair of {@code concepts}' descriptions (Dutch sentence as its only Dutch label,
     * English as its only English label), ordinals from 0. A concept without both descriptions, or whose descriptions
     * have a different number of sentences, adds nothing.
     */
    static List<SkillDocument> aligned(List<SkillDocument> concepts) {
        List<SkillDocument> out = new ArrayList<>();
        for (SkillDocument concept : concepts) {
            List<String> dutch = sentences(concept.descriptionNl());
            List<String> english = sentences(concept.descriptionEn());
            if (dutch.isEmpty() || dutch.size() != english.size()) {
                continue;
            }
            for (int i = 0; i < dutch.size(); i++) {
                out.add(new SkillDocument(out.size(), concept.uri() + "#" + i,
                        List.of(new SkillDocument.WeightedLabel(dutch.get(i), 1.0)),
                        List.of(new SkillDocument.WeightedLabel(english.get(i), 1.0)), "", "", List.of(), List.of(), 0));
            }
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text.strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
