package nl.vaardig.taxonomy.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The labels and the vocabulary part of {@link Taxonomy.Builder}: displayed labels per language, merged by
 * provenance, and every weighted surface form of a concept.
 */
final class LabelsBuilder {
    private final Map<ConceptUri, Map<Locale, LanguageLabels>> labels = new HashMap<>();
    private final Map<ConceptUri, Map<String, SourcedLabel>> vocabulary = new HashMap<>();

    /** The vocabulary source of the preferred label of an ESCO file, from its provenance. */
    static LabelSource preferredSource(LabelProvenance provenance) {
        return switch (provenance) {
            case ESCO_OFFICIAL -> LabelSource.ESCO_PREFERRED;
            case ESCO_DERIVED -> LabelSource.ESCO_COLLECTION;
            case GENERATED -> LabelSource.GENERATED;
        };
    }

    /** See {@link Taxonomy.Builder#labels(ConceptUri, LanguageLabels, LabelSource)}. */
    void labels(ConceptUri uri, LanguageLabels languageLabels, LabelSource preferredSource) {
        var byLang = labels.computeIfAbsent(uri, k -> new LinkedHashMap<>(4));
        LanguageLabels existing = byLang.get(languageLabels.language());
        if (existing == null) {
            byLang.put(languageLabels.language(), languageLabels);
        } else if (languageLabels.provenance().rank() < existing.provenance().rank()) {
            byLang.put(languageLabels.language(), merged(languageLabels, existing));
        } else if (languageLabels.provenance() != LabelProvenance.GENERATED) {
            byLang.put(languageLabels.language(), merged(existing, languageLabels));
        }
        boolean alsoAlternative = languageLabels.provenance() == LabelProvenance.ESCO_OFFICIAL;
        vocabulary(uri, SourcedLabel.of(languageLabels.preferred(), languageLabels.language(), preferredSource));
        for (String alt : languageLabels.alternatives()) {
            vocabulary(uri, SourcedLabel.of(alt, languageLabels.language(),
                    alsoAlternative ? LabelSource.ESCO_ALTERNATIVE : preferredSource));
        }
        for (String hidden : languageLabels.hidden()) {
            vocabulary(uri, SourcedLabel.of(hidden, languageLabels.language(),
                    alsoAlternative ? LabelSource.ESCO_HIDDEN : preferredSource));
        }
    }

    /** An extra surface form; the best weight per language and text wins. */
    void vocabulary(ConceptUri uri, SourcedLabel label) {
        var byText = vocabulary.computeIfAbsent(uri, k -> new LinkedHashMap<>(8));
        String key = label.language().getLanguage() + '\u0000' + label.text().toLowerCase(Locale.ROOT);
        SourcedLabel existing = byText.get(key);
        if (existing == null || label.weight() > existing.weight()) {
            byText.put(key, label);
        }
    }

    private static LanguageLabels merged(LanguageLabels winner, LanguageLabels other) {
        var alternatives = new ArrayList<>(winner.alternatives());
        alternatives.add(other.preferred());
        alternatives.addAll(other.alternatives());
        var hidden = new ArrayList<>(winner.hidden());
        hidden.addAll(other.hidden());
        String description = winner.description().isEmpty() ? other.description() : winner.description();
        return new LanguageLabels(winner.language(), winner.preferred(), alternatives, hidden, description,
                winner.provenance());
    }

    /** The labels of a concept in every language it has, or null when it has none. */
    ConceptLabels labelsOf(ConceptUri uri) {
        Map<Locale, LanguageLabels> byLanguage = labels.get(uri);
        return byLanguage == null || byLanguage.isEmpty() ? null : new ConceptLabels(byLanguage);
    }

    /** Every concept that has labels or vocabulary (with repeats). */
    Stream<ConceptUri> labelled() {
        return Stream.concat(labels.keySet().stream(), vocabulary.keySet().stream());
    }

    /** The vocabulary of the known concepts, best weight first. */
    Map<ConceptUri, List<SourcedLabel>> frozenVocabulary(Predicate<ConceptUri> isKnown) {
        var out = new HashMap<ConceptUri, List<SourcedLabel>>(vocabulary.size() * 2);
        vocabulary.forEach((uri, byText) -> {
            if (isKnown.test(uri)) {
                var list = new ArrayList<>(byText.values());
                list.sort(Comparator.comparingDouble(SourcedLabel::weight).reversed());
                out.put(uri, List.copyOf(list));
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
