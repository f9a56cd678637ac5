package nl.vaardig.taxonomy.extract.retrieval;

import java.util.List;

/** Skill documents for retrieval tests: one English label, no Dutch, no description. */
final class EnglishLabelDocuments {

    private EnglishLabelDocuments() {
    }

    /** A skill that every occupation could use (specificity 1). */
    static SkillDocument doc(int ordinal, String label) {
        return doc(ordinal, label, 1);
    }

    static SkillDocument doc(int ordinal, String label, double specificity) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal, List.of(),
                List.of(new SkillDocument.WeightedLabel(label, 1)), "", "", List.of(), List.of(), specificity);
    }
}
