package nl.vaardig.matching.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

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

    /** An occupation's ESCO profile as a vacancy would ask it: its essential skills, then its optional ones. */
    public static List<VacancySkill> ofOccupation(Taxonomy taxonomy, OccupationUri occupation) {
        var skills = new ArrayList<VacancySkill>();
        taxonomy.essentialSkills(occupation).forEach(s -> skills.add(essential(s)));
        taxonomy.optionalSkills(occupation).forEach(s -> skills.add(optional(s)));
        return skills;
    }

    public boolean essential() {
        return requirement == RelationType.ESSENTIAL;
    }
}
