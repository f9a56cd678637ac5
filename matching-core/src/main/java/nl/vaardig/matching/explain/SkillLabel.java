package nl.vaardig.matching.explain;

import java.util.Locale;
import java.util.Objects;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * A skill as shown to a person: its URI and a label in the requested language. {@code fallback} is true when no
 * label exists in that language and another (English) one is shown; {@code derived} when the Dutch label is a
 * derived ESCO label, which must not be presented as the official classification.
 */
public record SkillLabel(SkillUri uri, String text, Locale language, boolean fallback, boolean derived) {

    public SkillLabel {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(language, "language");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("label text must not be blank");
        }
    }

    public static SkillLabel of(Skill skill, Locale locale) {
        ResolvedLabel l = skill.label(locale);
        return new SkillLabel(skill.uri(), l.text(), l.language(), l.fallback(), l.derived());
    }
}
