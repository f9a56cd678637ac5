package nl.vaardig.matching.engine;

import java.util.Objects;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.model.VacancyId;

/** A vacancy found for a profile; {@code score == explanation.score()}. */
public record VacancyMatch(VacancyId vacancy, double score, Explanation explanation) {
    public VacancyMatch {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(explanation, "explanation");
        if (score != explanation.score()) {
            throw new IllegalArgumentException("the shown score is the explained score");
        }
    }
}
