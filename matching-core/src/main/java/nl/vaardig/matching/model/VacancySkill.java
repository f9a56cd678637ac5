package nl.vaardig.matching.model;

import java.util.Objects;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.SkillUri;

/** A skill a vacancy asks for, essential (must have) or optional (nice to have), as in ESCO's occupation profiles. */
public record VacancySkill(SkillUri skill, RelationType requirement) {

    public VacancySkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(requirement, "requirement");
    }

    public static VacancySkill essential(SkillUri skill) {
        return new VacancySkill(skill, RelationType.ESSENTIAL);
    }

    public static VacancySkill optional(SkillUri skill) {
        return new VacancySkill(skill, RelationType.OPTIONAL);
    }

    public boolean essential() {
        return requirement == RelationType.ESSENTIAL;
    }
}
