package nl.vaardig.web.lmi;

/** The fixed dimensions the aggregates are kept by (no ad-hoc groupings of people exist). */
public enum Dimension {
    /** everything in the region; key "-" */
    ALL,
    /** ESCO skill URI */
    SKILL,
    /** ESCO skill group URI (the skill's direct broader group) */
    SKILL_GROUP,
    /** ESCO occupation URI */
    OCCUPATION,
    /** ISCO-08 sub-major group (two digits) */
    ISCO;

    public static final String ALL_KEY = "-";
}
