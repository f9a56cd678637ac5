package nl.vaardig.taxonomy.title;

import java.util.Objects;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.SkillUri;

/** A skill suggested because the matched occupation needs it (essential first). */
public record SuggestedSkill(SkillUri uri, ResolvedLabel label, RelationType relation) {
    public SuggestedSkill {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(relation, "relation");
    }
}
