package nl.vaardig.matching.gap;

import java.util.Objects;
import nl.vaardig.matching.explain.SkillLabel;
import nl.vaardig.matching.model.LearningRouteId;

/**
 * A skill the target asks and the person lacks (credit below the threshold).
 *
 * @param weight       requirement weight × demand
 * @param demand       in how many of the target's vacancies it is a gap (1 for a vacancy or occupation)
 * @param credit       the person's current credit for it (a stand-in may give some)
 * @param closedBy     the plan's route that closes it best; null when the plan leaves it open
 * @param closure      how far that route closes it (0..1)
 */
public record Gap(SkillLabel skill, boolean essential, double weight, int demand, double credit, LearningRouteId closedBy,
                  double closure) {
    public Gap {
        Objects.requireNonNull(skill, "skill");
    }

    public boolean closed() {
        return closedBy != null;
    }
}
