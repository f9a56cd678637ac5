package nl.vaardig.matching.model;

import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/** A skill a learning route teaches, and the level a graduate reaches. */
public record RouteSkill(SkillUri skill, ProficiencyLevel level) {
    public RouteSkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
    }
}
