package nl.vaardig.web.taxonomy;

import java.util.Locale;
import java.util.Objects;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * A skill or occupation label as every payload carries it, flat beside the concept's other fields: the text, its
 * language ({@code "nl"}, or {@code "en"} when no Dutch label exists and the English one is shown) and whether it is
 * a derived label ("bron: afgeleid": not the official ESCO name), which the UI must mark wherever it shows it.
 */
public record LabelView(String label, String labelLanguage, boolean derived) {

    public LabelView {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label text must not be blank");
        }
        Objects.requireNonNull(labelLanguage, "labelLanguage");
    }

    public static LabelView of(ResolvedLabel label) {
        return new LabelView(label.text(), label.language().getLanguage(), label.derived());
    }

    /** The concept's label in {@code locale}; a URI the taxonomy does not know is shown as itself (not Dutch). */
    public static LabelView of(Taxonomy taxonomy, ConceptUri uri, Locale locale) {
        return taxonomy.label(uri, locale).map(LabelView::of).orElseGet(() -> new LabelView(uri.value(), "en", false));
    }
}
