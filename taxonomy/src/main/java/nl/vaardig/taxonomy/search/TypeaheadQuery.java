package nl.vaardig.taxonomy.search;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** What the user typed, the UI language, which kinds to suggest and how many. */
public record TypeaheadQuery(String text, Locale locale, Set<SuggestionKind> kinds, int limit) {

    public static final int MAX_LIMIT = 50;

    public TypeaheadQuery {
        text = text == null ? "" : text;
        if (text.length() > 200) {
            throw new IllegalArgumentException("typeahead text longer than 200 characters");
        }
        Objects.requireNonNull(locale, "locale");
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.allOf(SuggestionKind.class) : EnumSet.copyOf(kinds);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
    }

    public static TypeaheadQuery of(String text, Locale locale, SuggestionKind... kinds) {
        return new TypeaheadQuery(text, locale, kinds.length == 0 ? null : EnumSet.of(kinds[0], kinds), 10);
    }
}
