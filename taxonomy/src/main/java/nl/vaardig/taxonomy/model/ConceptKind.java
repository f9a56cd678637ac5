package nl.vaardig.taxonomy.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of ESCO concept, with the names the ESCO CSVs use in their {@code conceptType} columns. */
public enum ConceptKind {
    SKILL("KnowledgeSkillCompetence"),
    OCCUPATION("Occupation"),
    SKILL_GROUP("SkillGroup"),
    ISCO_GROUP("ISCOGroup");

    private final String escoName;

    ConceptKind(String escoName) {
        this.escoName = escoName;
    }

    public String escoName() {
        return escoName;
    }

    public static Optional<ConceptKind> fromEsco(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ConceptKind k : values()) {
            if (k.escoName.toLowerCase(Locale.ROOT).equals(v)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
