package nl.vaardig.taxonomy.dutch;

import java.util.Objects;

/**
 * A Dutch skill label derived by the generator (provenance "afgeleid", never official): the text, its calibrated
 * confidence (expected token F1 against an official label, in [0,1]) and the method that produced it.
 */
public record GeneratedLabel(String text, double confidence, String method) {

    public GeneratedLabel {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(method, "method");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty generated label");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
        if (method.isBlank()) {
            throw new IllegalArgumentException("empty method");
        }
    }
}
