package nl.vaardig.taxonomy.extract.eval;

import java.util.Objects;
import java.util.Set;

/** One evaluation text with its gold ESCO skill URIs. */
public record AnnotatedText(String text, Set<String> goldSkillUris) {

    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        goldSkillUris = Set.copyOf(goldSkillUris);
    }
}
