package nl.vaardig.web.team.outlook;

import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/** One worker's four answers for one skill ("Taken van de Toekomst"): do I do it, can I, do I want to learn it, energy. */
public record WorkerAnswer(SkillUri skill, boolean doesIt, boolean canDoIt, boolean wantsToLearn, boolean givesEnergy) {

    public WorkerAnswer {
        Objects.requireNonNull(skill, "skill");
    }
}
