package nl.vaardig.taxonomy.model;

import java.util.Locale;

/** Strength of an occupation–skill or skill–skill relation in ESCO. */
public enum RelationType {
    ESSENTIAL,
    OPTIONAL;

    public static RelationType fromEsco(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "essential" -> ESSENTIAL;
            case "optional" -> OPTIONAL;
            default -> throw new IllegalArgumentException("unknown relationType '" + value + "'");
        };
    }

    public String escoName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
