package nl.vaardig.taxonomy.model;

import java.util.Objects;

/** A group of the ESCO skill pillar hierarchy (e.g. {@code S1.2}, or an ISCED-F field for knowledge). */
public record SkillGroup(SkillGroupUri uri, String code, ConceptLabels labels) implements java.io.Serializable {

    public SkillGroup {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(labels, "labels");
        code = code == null ? "" : code.strip();
    }
}
