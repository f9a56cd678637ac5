package nl.vaardig.taxonomy.model;

/**
 * A typed ESCO concept identifier. The URI string is the join key across files, languages and modules;
 * the type says which pillar it belongs to, so a skill URI can never be passed where an occupation is meant.
 */
public sealed interface ConceptUri extends java.io.Serializable permits SkillUri, OccupationUri, SkillGroupUri, IscoGroupUri {

    String value();

    ConceptKind kind();

    /** Parses an ESCO URI of a known kind, as named in the {@code conceptType} column of the ESCO CSVs. */
    static ConceptUri of(ConceptKind kind, String value) {
        return switch (kind) {
            case SKILL -> new SkillUri(value);
            case OCCUPATION -> new OccupationUri(value);
            case SKILL_GROUP -> new SkillGroupUri(value);
            case ISCO_GROUP -> new IscoGroupUri(value);
        };
    }

    static String requireUri(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (!(value.startsWith("http://") || value.startsWith("https://")) || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI without spaces, was '" + value + "'");
        }
        return value;
    }
}
