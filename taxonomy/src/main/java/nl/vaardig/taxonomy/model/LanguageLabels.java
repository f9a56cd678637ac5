package nl.vaardig.taxonomy.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The labels of one concept in one language, with their provenance. */
public record LanguageLabels(
        Locale language,
        String preferred,
        List<String> alternatives,
        List<String> hidden,
        String description,
        LabelProvenance provenance) implements java.io.Serializable {

    public LanguageLabels {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(provenance, "provenance");
        if (language.getLanguage().isEmpty() || !language.getCountry().isEmpty()) {
            throw new IllegalArgumentException("label language must be a bare language such as 'nl', was '" + language + "'");
        }
        if (preferred == null || preferred.isBlank()) {
            throw new IllegalArgumentException("preferred label must not be blank");
        }
        preferred = preferred.strip();
        alternatives = cleaned(alternatives, preferred);
        hidden = cleaned(hidden, preferred);
        description = description == null ? "" : description.strip();
    }

    public static LanguageLabels of(Locale language, String preferred) {
        return new LanguageLabels(language, preferred, List.of(), List.of(), "", LabelProvenance.ESCO_OFFICIAL);
    }

    /** Preferred label first, then alternatives (hidden labels are search-only and not included). */
    public List<String> visibleLabels() {
        var all = new java.util.ArrayList<String>(1 + alternatives.size());
        all.add(preferred);
        all.addAll(alternatives);
        return List.copyOf(all);
    }

    private static List<String> cleaned(List<String> values, String preferred) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(v -> !v.isEmpty() && !v.equals(preferred))
                .distinct()
                .toList();
    }
}
