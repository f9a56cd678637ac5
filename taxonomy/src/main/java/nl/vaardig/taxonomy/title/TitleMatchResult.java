package nl.vaardig.taxonomy.title;

import java.util.List;
import java.util.Objects;

/**
 * Ranked occupations for one job title, best first, and the outcome: how they were found, or why there are none
 * (empty only with an outcome that is not {@link TitleOutcome#answered()}).
 */
public record TitleMatchResult(NormalizedTitle title, List<OccupationMatch> occupations, TitleOutcome outcome) {
    public TitleMatchResult {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outcome, "outcome");
        occupations = List.copyOf(occupations);
        if (occupations.isEmpty() == outcome.answered()) {
            throw new IllegalArgumentException("outcome " + outcome + " with " + occupations.size() + " occupations");
        }
    }

    static TitleMatchResult empty(NormalizedTitle title, TitleOutcome reason) {
        return new TitleMatchResult(title, List.of(), reason);
    }
}
