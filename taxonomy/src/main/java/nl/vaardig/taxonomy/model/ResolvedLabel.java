package nl.vaardig.taxonomy.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A label chosen for display in a requested language. {@code fallback} is true when the concept has no label in
 * the requested language and this one is in another language (the UI says "English label, no Dutch available").
 */
public record ResolvedLabel(String text, Locale language, boolean fallback, LabelProvenance provenance) {

    public ResolvedLabel {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("label text must not be blank");
        }
    }

    /** True when the label is not an official ESCO label (collected or generated): show "bron: afgeleid". */
    public boolean derived() {
        return provenance != LabelProvenance.ESCO_OFFICIAL;
    }
}
