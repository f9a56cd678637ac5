package nl.vaardig.matching.gap;

import java.util.List;
import java.util.Objects;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.LearningRoute;

/**
 * One route of a plan, in the order chosen.
 *
 * @param gapClosed    share of the total gap weight this route closes on top of the routes before it
 * @param closes       the gap skills it closes (best of the plan for them)
 * @param jobsUnlocked vacancies that become a good match when the person completes this route alone
 */
public record PlanStep(LearningRoute route, double gapClosed, List<SkillLabel> closes, int jobsUnlocked) {
    public PlanStep {
        Objects.requireNonNull(route, "route");
        closes = List.copyOf(closes);
    }
}
