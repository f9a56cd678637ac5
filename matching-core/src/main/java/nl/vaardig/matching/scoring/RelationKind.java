package nl.vaardig.matching.scoring;

/**
 * How a skill a person holds can stand in for a skill a vacancy asks for. {@link #SAME} earns full credit; every
 * other kind earns partial credit, always strictly less (see {@link MatchWeights}).
 */
public enum RelationKind {
    /** The person holds the very skill. */
    SAME,
    /** The person holds a narrower, more specific skill of the one asked (ESCO broader/narrower). */
    NARROWER_HELD,
    /** The person holds the broader, more general skill of the one asked. */
    BROADER_HELD,
    /** Both skills share a direct broader skill in ESCO. */
    SIBLING,
    /** ESCO relates the two skills (skill–skill relation marked essential). */
    RELATED_ESSENTIAL,
    /** ESCO relates the two skills (skill–skill relation marked optional). */
    RELATED_OPTIONAL,
    /** Both skills are asked together by many ESCO occupations. */
    CO_OCCURS,
    /** Both skills sit directly in the same small ESCO skill group (a group of closely kindred skills). */
    GROUP_SIBLING
}
