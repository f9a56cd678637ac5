package nl.vaardig.taxonomy.extract;

/** Why the extractor suggests {@link Requirement} as it does, strongest first. */
public enum RequirementBasis {
    /** Words in the sentence: "vereist", "must", "pré", "nice to have". */
    CUE_WORD,
    /** The section heading: "Wat vragen wij", "Pluspunten", "Wat ga je doen". */
    SECTION,
    /** ESCO lists the skill as essential or optional for the detected occupation. */
    OCCUPATION_PROFILE,
    /** Nothing said; early or repeated mentions count as essential. */
    POSITION
}
