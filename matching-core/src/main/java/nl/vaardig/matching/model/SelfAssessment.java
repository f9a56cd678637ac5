package nl.vaardig.matching.model;

/**
 * The four questions of the Taken van de Toekomst self-assessment for one skill: <em>Doe ik het al? Kan ik het?
 * Wil ik het leren? Geeft het energie?</em>. Someone who neither does nor can do a skill does not hold it yet,
 * whatever else they answer.
 */
public record SelfAssessment(boolean doesItAlready, boolean canDoIt, boolean wantsToLearn, boolean givesEnergy) {

    /** Does it already (which implies can do it). */
    public static final SelfAssessment DOES_IT = new SelfAssessment(true, true, false, false);
    /** Can do it but does not do it now. */
    public static final SelfAssessment CAN_DO_IT = new SelfAssessment(false, true, false, false);
    /** Not yet able, wants to learn it. */
    public static final SelfAssessment WANTS_TO_LEARN = new SelfAssessment(false, false, true, false);

    public SelfAssessment {
        if (doesItAlready && !canDoIt) {
            throw new IllegalArgumentException("someone who does a task already can do it");
        }
    }

    public boolean holdsSkill() {
        return doesItAlready || canDoIt;
    }

    public SelfAssessment withEnergy() {
        return new SelfAssessment(doesItAlready, canDoIt, wantsToLearn, true);
    }
}
