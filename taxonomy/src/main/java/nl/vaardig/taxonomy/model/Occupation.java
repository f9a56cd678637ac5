package nl.vaardig.taxonomy.model;

import java.util.Objects;
import java.util.Set;

/**
 * An ESCO occupation. {@code iscoCode} is the 4-digit ISCO-08 unit group it belongs to; {@code code} is the ESCO
 * occupation code (e.g. {@code 2654.1.7}).
 */
public record Occupation(OccupationUri uri, String iscoCode, String code, ConceptLabels labels, Set<EscoCollection> collections) implements java.io.Serializable {

    public Occupation {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(labels, "labels");
        iscoCode = iscoCode == null ? "" : iscoCode.strip();
        code = code == null ? "" : code.strip();
        collections = collections == null || collections.isEmpty()
                ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(collections));
    }

    public ResolvedLabel label(java.util.Locale requested) {
        return labels.preferred(requested);
    }
}
