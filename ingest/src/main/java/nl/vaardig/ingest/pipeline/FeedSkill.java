package nl.vaardig.ingest.pipeline;

import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * A skill a feed vacancy asks for: listed by the feed, or suggested from its text ({@code evidence} is then the
 * phrase it was found in).
 */
public record FeedSkill(SkillUri skill, boolean essential, String evidence) {

    public FeedSkill {
        Objects.requireNonNull(skill, "skill");
    }
}
