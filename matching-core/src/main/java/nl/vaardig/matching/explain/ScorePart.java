package nl.vaardig.matching.explain;

import java.util.Objects;

/**
 * One addend of a score. The parts of an {@link Explanation} add up exactly to its score, in any order: every part
 * is a multiple of {@link Explanation#QUANTUM}, so floating-point addition of them is exact.
 *
 * @param kind    COVERAGE (a requirement of the vacancy is met, fully or partly) or RELEVANCE (a skill of the
 *                profile is used by the vacancy)
 */
public record ScorePart(Kind kind, SkillLabel skill, double points) {

    public enum Kind { COVERAGE, RELEVANCE }

    public ScorePart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(skill, "skill");
        if (!(points >= 0)) {
            throw new IllegalArgumentException("score parts are never negative");
        }
    }
}
