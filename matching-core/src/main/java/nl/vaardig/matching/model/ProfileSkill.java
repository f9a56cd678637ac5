package nl.vaardig.matching.model;

import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/** A skill in a person's profile with how well, how proven, and how the person rates it themselves. */
public record ProfileSkill(SkillUri skill, ProficiencyLevel level, EvidenceKind evidence, SelfAssessment assessment) {

    public ProfileSkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** A skill used at work, at an intermediate level: the usual entry from a previous job. */
    public static ProfileSkill fromWork(SkillUri skill) {
        return new ProfileSkill(skill, ProficiencyLevel.INTERMEDIATE, EvidenceKind.WORK, SelfAssessment.DOES_IT);
    }

    /** A skill stated without further detail (e.g. a list of URIs from another system). */
    public static ProfileSkill declared(SkillUri skill) {
        return new ProfileSkill(skill, ProficiencyLevel.INTERMEDIATE, EvidenceKind.SELF_DECLARED, SelfAssessment.CAN_DO_IT);
    }

    public boolean held() {
        return assessment.holdsSkill();
    }
}
