package nl.vaardig.taxonomy.model;

import java.util.Objects;

/** An occupation that needs a skill, essential or optional. */
public record LinkedOccupation(OccupationUri occupation, RelationType relation) {
    public LinkedOccupation {
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(relation, "relation");
    }
}
