package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Objects;

/** Ranked occupations for one job title, best first; empty when nothing in the title is known. */
public record TitleMatchResult(NormalizedTitle title, List<OccupationMatch> occupations) {
    public TitleMatchResult {
        Objects.requireNonNull(title, "title");
        occupations = List.copyOf(occupations);
    }
}
