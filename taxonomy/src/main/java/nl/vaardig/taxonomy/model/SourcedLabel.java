package nl.vaardig.taxonomy.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One surface form of a concept in the vocabulary: its text and language, where it comes from, how much a hit on
 * it counts (0, 1], and the id it has in its source classification where there is one (a VDAB competence id, a
 * Dutch NOC occupation id; empty for ESCO's own labels).
 */
public record SourcedLabel(String text, Locale language, LabelSource source, double weight, String reference) implements java.io.Serializable {

    public SourcedLabel {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("label text must not be blank");
        }
        text = text.strip();
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("label weight must be in (0, 1], was " + weight);
        }
        reference = reference == null ? "" : reference.strip();
        language = ConceptLabels.bare(language);
    }

    public static SourcedLabel of(String text, Locale language, LabelSource source) {
        return new SourcedLabel(text, language, source, source.weight(), "");
    }

    public boolean derived() {
        return source.derived();
    }
}
