package nl.vaardig.matching.gap;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Learning routes that close a person's skills gap for a target, smallest set first.
 *
 * @param gaps          every gap, largest first, with the route of the plan that closes it (if any)
 * @param steps         the chosen routes, in greedy order (each adds the most of what is still open)
 * @param closedShare   share of the total gap weight the plan closes (0..1)
 * @param jobsBefore    good matches (coverage ≥ threshold) among the examined vacancies now
 * @param jobsAfter     the same after completing every route of the plan
 * @param optimalShare  when the candidate routes were few enough: the best share any plan of the same size can
 *                      close (exhaustive search), to show the plan's quality
 * @param method        how the routes were chosen: greedy, or exhaustive over the strongest candidates
 */
public record GapPlan(String target, List<Gap> gaps, List<PlanStep> steps, double closedShare, int jobsBefore,
                      int jobsAfter, double goodMatchThreshold, OptionalDouble optimalShare, String method) {
    public GapPlan {
        gaps = List.copyOf(gaps);
        steps = List.copyOf(steps);
    }

    public int jobsUnlocked() {
        return jobsAfter - jobsBefore;
    }
}
