package nl.vaardig.matching.model;

/** How well someone masters a skill, or the level a learning route teaches it to (EQF-like four steps). */
public enum ProficiencyLevel {
    BASIC,
    INTERMEDIATE,
    ADVANCED,
    EXPERT;

    public boolean atLeast(ProficiencyLevel other) {
        return ordinal() >= other.ordinal();
    }
}
