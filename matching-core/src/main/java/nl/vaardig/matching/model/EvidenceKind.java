package nl.vaardig.matching.model;

/** Where a person's claim to a skill comes from; stronger evidence earns fuller credit in matching. */
public enum EvidenceKind {
    /** Used the skill in paid work. */
    WORK,
    /** Learned in formal education (mbo, hbo, wo diploma). */
    FORMAL_COURSE,
    /** Certificate, edubadge or microcredential. */
    CERTIFICATE,
    /** Volunteer work, informal learning, care for family. */
    INFORMAL,
    /** Only the person's own statement. */
    SELF_DECLARED
}
