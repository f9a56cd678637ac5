package nl.vaardig.taxonomy.model;

import java.util.Objects;
import java.util.Set;

/** An ESCO skill or knowledge concept. Relations live in {@link Taxonomy}, which knows the graph. */
public record Skill(SkillUri uri, SkillType type, ReuseLevel reuseLevel, ConceptLabels labels, Set<EscoCollection> collections) implements java.io.Serializable {

    public Skill {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reuseLevel, "reuseLevel");
        Objects.requireNonNull(labels, "labels");
        collections = collections == null || collections.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(collections));
    }

    public ResolvedLabel label(java.util.Locale requested) {
        return labels.preferred(requested);
    }

    public boolean in(EscoCollection collection) {
        return collections.contains(collection);
    }
}
