package nl.vaardig.taxonomy.model;

import java.util.Locale;

/** ESCO skill type. {@link #UNKNOWN} is kept for the handful of released concepts whose type is empty. */
public enum SkillType {
    SKILL_COMPETENCE("skill/competence"),
    KNOWLEDGE("knowledge"),
    UNKNOWN("");

    private final String escoName;

    SkillType(String escoName) {
        this.escoName = escoName;
    }

    public String escoName() {
        return escoName;
    }

    /** Empty means {@link #UNKNOWN}; anything else unrecognised is an error the loader reports. */
    public static SkillType fromEsco(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (SkillType t : values()) {
            if (t.escoName.equals(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown skillType '" + value + "'");
    }
}
