package nl.vaardig.taxonomy.model;

import java.util.Locale;

/** How widely a skill is reused across occupations, per ESCO; {@link #UNKNOWN} when the source leaves it empty. */
public enum ReuseLevel {
    TRANSVERSAL("transversal"),
    CROSS_SECTOR("cross-sector"),
    SECTOR_SPECIFIC("sector-specific"),
    OCCUPATION_SPECIFIC("occupation-specific"),
    UNKNOWN("");

    private final String escoName;

    ReuseLevel(String escoName) {
        this.escoName = escoName;
    }

    public String escoName() {
        return escoName;
    }

    public static ReuseLevel fromEsco(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ReuseLevel r : values()) {
            if (r.escoName.equals(v)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reuseLevel '" + value + "'");
    }
}
