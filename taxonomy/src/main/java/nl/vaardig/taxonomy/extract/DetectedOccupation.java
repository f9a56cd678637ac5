package nl.vaardig.taxonomy.extract;

import java.util.Objects;
import nl.vaardig.taxonomy.model.OccupationUri;

/** An ESCO occupation named in the text (usually the vacancy title). */
public record DetectedOccupation(OccupationUri occupationUri, String label, double confidence, EvidenceSpan evidence) {

    public DetectedOccupation {
        Objects.requireNonNull(occupationUri, "occupationUri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(evidence, "evidence");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }
}
