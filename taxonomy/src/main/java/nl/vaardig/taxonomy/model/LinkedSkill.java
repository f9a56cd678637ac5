package nl.vaardig.taxonomy.model;

import java.util.Objects;

/** A skill reached through a relation (occupation → skill, or skill → related skill), with its strength. */
public record LinkedSkill(SkillUri skill, RelationType relation) {
    public LinkedSkill {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(relation, "relation");
    }
}
