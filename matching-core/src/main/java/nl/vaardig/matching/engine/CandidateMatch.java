package nl.vaardig.matching.engine;

import java.util.Objects;
import nl.vaardig.matching.explain.Explanation;
import nl.vaardig.matching.model.ProfileId;

/** A person (pseudonymous profile id) found for a vacancy; {@code score == explanation.score()}. */
public record CandidateMatch(ProfileId profile, double score, Explanation explanation) {
    public CandidateMatch {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(explanation, "explanation");
        if (score != explanation.score()) {
            throw new IllegalArgumentException("the shown score is the explained score");
        }
    }
}
