package nl.vaardig.taxonomy.extract.lexicon;

import java.util.Locale;
import java.util.Objects;

/**
 * One curated phrase that names an ESCO skill in ordinary vacancy language, e.g. "klantgericht" →
 * "customer service". {@code escoLabel} repeats the skill's English preferred label so a reviewer can check
 * the mapping without looking the URI up; {@code weight} (0..1] lowers phrases that only suggest the skill.
 */
public record SynonymEntry(String language, String phrase, String skillUri, String escoLabel, float weight) {

    public SynonymEntry {
        Objects.requireNonNull(language, "language");
        language = language.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("nl") && !language.equals("en")) {
            throw new IllegalArgumentException("language must be nl or en, was '" + language + "'");
        }
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("phrase is empty");
        }
        phrase = phrase.strip();
        if (skillUri == null || !skillUri.strip().startsWith("http://data.europa.eu/esco/skill/")) {
            throw new IllegalArgumentException("not an ESCO skill uri: " + skillUri);
        }
        skillUri = skillUri.strip();
        escoLabel = escoLabel == null ? "" : escoLabel.strip();
        if (!(weight > 0f && weight <= 1f)) {
            throw new IllegalArgumentException("weight must be in (0, 1], was " + weight);
        }
    }
}
