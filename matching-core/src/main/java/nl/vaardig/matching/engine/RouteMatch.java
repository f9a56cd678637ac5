package nl.vaardig.matching.engine;

import java.util.List;
import java.util.Objects;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.scoring.RelationKind;

/**
 * A learning route for a person's learning wishes. {@code score} is the share of the wishes' weight that the route
 * teaches (fully or partly), the sum of {@code wishes[i].points}.
 */
public record RouteMatch(LearningRoute route, double score, List<WishCredit> wishes) {

    /** One learning wish and how far the route teaches it; {@code taughtSkill} null when it does not. */
    public record WishCredit(SkillLabel wish, SkillLabel taughtSkill, RelationKind relation, double credit, double points) {
        public WishCredit {
            Objects.requireNonNull(wish, "wish");
        }
    }

    public RouteMatch {
        Objects.requireNonNull(route, "route");
        wishes = List.copyOf(wishes);
        double sum = 0;
        for (WishCredit w : wishes) {
            sum += w.points();
        }
        if (sum != score) {
            throw new IllegalArgumentException("route score must be the sum of its parts");
        }
    }
}
