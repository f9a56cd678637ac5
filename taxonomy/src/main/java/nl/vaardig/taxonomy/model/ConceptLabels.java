package nl.vaardig.taxonomy.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Labels of one concept in every language present, with fallback to English, then to any language. */
public record ConceptLabels(Map<Locale, LanguageLabels> byLanguage) implements java.io.Serializable {

    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.of("en");

    public ConceptLabels {
        if (byLanguage == null || byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a concept needs labels in at least one language");
        }
        byLanguage.forEach((lang, labels) -> {
            if (!lang.equals(labels.language())) {
                throw new IllegalArgumentException("labels filed under " + lang + " are in " + labels.language());
            }
        });
        byLanguage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static ConceptLabels of(LanguageLabels... labels) {
        var map = new LinkedHashMap<Locale, LanguageLabels>();
        for (LanguageLabels l : labels) {
            map.put(l.language(), l);
        }
        return new ConceptLabels(map);
    }

    public Optional<LanguageLabels> in(Locale language) {
        return Optional.ofNullable(byLanguage.get(bare(language)));
    }

    public Set<Locale> languages() {
        return byLanguage.keySet();
    }

    public Collection<LanguageLabels> all() {
        return byLanguage.values();
    }

    /** The preferred label in the requested language, else English, else the first language present. */
    public ResolvedLabel preferred(Locale requested) {
        Locale want = bare(requested);
        LanguageLabels hit = byLanguage.get(want);
        if (hit != null) {
            return new ResolvedLabel(hit.preferred(), want, false, hit.provenance());
        }
        LanguageLabels fb = byLanguage.getOrDefault(ENGLISH, byLanguage.values().iterator().next());
        return new ResolvedLabel(fb.preferred(), fb.language(), true, fb.provenance());
    }

    /** The description in the requested language, else English; empty when none is known. */
    public String description(Locale requested) {
        LanguageLabels hit = byLanguage.get(bare(requested));
        if (hit != null && !hit.description().isEmpty()) {
            return hit.description();
        }
        LanguageLabels en = byLanguage.get(ENGLISH);
        return en == null ? "" : en.description();
    }

    public ConceptLabels with(LanguageLabels labels) {
        var map = new LinkedHashMap<>(byLanguage);
        map.put(labels.language(), labels);
        return new ConceptLabels(map);
    }

    static Locale bare(Locale locale) {
        return Locale.of(locale.getLanguage().toLowerCase(Locale.ROOT));
    }
}
