package nl.vaardig.taxonomy.search;

import java.util.Locale;
import java.util.Objects;
import nl.vaardig.taxonomy.model.ConceptUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;

/**
 * One typeahead result: the concept, its label in the requested language (with the fallback flag, so the UI can
 * say "English label, no Dutch available"), and the label the typed text matched (may be an alternative label or
 * in another language).
 */
public record Suggestion(ConceptUri uri, SuggestionKind kind, ResolvedLabel label, String matchedLabel,
                         Locale matchedLanguage, double score) {
    public Suggestion {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(matchedLabel, "matchedLabel");
        Objects.requireNonNull(matchedLanguage, "matchedLanguage");
    }
}
