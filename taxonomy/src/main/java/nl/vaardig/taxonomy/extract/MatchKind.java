package nl.vaardig.taxonomy.extract;

/** The kind of evidence behind a suggested skill. */
public enum MatchKind {
    /** An ESCO label (English or Dutch) appears in the text. */
    ESCO_LABEL,
    /** A curated synonym for the skill appears in the text. */
    CURATED_SYNONYM,
    /** Most of the words of a label appear close together. */
    PARTIAL_LABEL,
    /** Retrieval over the skill's documents (labels, description, related skills) and the learnt re-ranker. */
    SKILL_DOCUMENT,
    /**
     * An occupation of the text lists the skill (named in the title, or those its sentences sound like), and the
     * text supports it.
     */
    OCCUPATION_PROFILE
}
