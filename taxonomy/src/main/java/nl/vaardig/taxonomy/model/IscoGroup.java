package nl.vaardig.taxonomy.model;

import java.util.Objects;

/** An ISCO-08 group (1 to 4 digits) of the ESCO occupation pillar. */
public record IscoGroup(IscoGroupUri uri, String code, ConceptLabels labels) implements java.io.Serializable {

    public IscoGroup {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(labels, "labels");
        if (code == null || !code.strip().matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("ISCO code must be 1-4 digits, was '" + code + "'");
        }
        code = code.strip();
    }

    public int level() {
        return code.length();
    }
}
