package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Objects;

/** A job title with its noise removed: {@code query} is what is matched, {@code ignored} what was dropped and why not. */
public record NormalizedTitle(String original, String query, List<String> ignored) {
    public NormalizedTitle {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(query, "query");
        ignored = List.copyOf(ignored);
    }
}
