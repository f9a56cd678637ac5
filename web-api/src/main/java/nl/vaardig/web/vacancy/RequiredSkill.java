package nl.vaardig.web.vacancy;

import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * A skill a vacancy asks for. {@code evidence} is the phrase of the vacancy text it was found in (when it was
 * extracted) so an employer can see why it was suggested; null when the employer picked it.
 */
public record RequiredSkill(SkillUri skill, boolean essential, String evidence) {

    public static final int MAX_EVIDENCE_CHARS = 500;

    public RequiredSkill {
        Objects.requireNonNull(skill, "skill");
        if (evidence != null) {
            evidence = evidence.strip();
            if (evidence.isEmpty()) {
                evidence = null;
            } else if (evidence.length() > MAX_EVIDENCE_CHARS) {
                evidence = evidence.substring(0, MAX_EVIDENCE_CHARS);
            }
        }
    }
}
