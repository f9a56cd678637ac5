package nl.vaardig.taxonomy.model;

import java.util.Locale;

/**
 * How a concept of another classification relates to an ESCO concept in a published mapping table (SKOS mapping
 * properties, stated from the ESCO side: {@code NARROW} means the other concept is narrower than the ESCO one).
 */
public enum MappingRelation {
    EXACT,
    CLOSE,
    BROAD,
    NARROW;

    /** Parses {@code skos:exactMatch}, {@code exactMatch} or {@code exact} (any case). */
    public static MappingRelation fromSkos(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.startsWith("skos:")) {
            v = v.substring("skos:".length());
        }
        return switch (v) {
            case "exactmatch", "exact" -> EXACT;
            case "closematch", "close" -> CLOSE;
            case "broadmatch", "broad" -> BROAD;
            case "narrowmatch", "narrow" -> NARROW;
            default -> throw new IllegalArgumentException("unknown mapping relation '" + value + "'");
        };
    }
}
