package nl.vaardig.web.team.outlook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.vaardig.taxonomy.model.SkillUri;

/**
 * One round of the four questions for a team: a name the employer chooses, the region whose demand trend stands
 * beside the answers, and the skills asked about (fixed once invitations go out, so every answer covers the same list).
 */
public record TeamOutlook(UUID id, String organisation, String name, String region, List<SkillUri> skills,
                          Instant createdAt) {

    public static final int MAX_NAME = 80;
    public static final int MAX_SKILLS = 30;

    public TeamOutlook {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(createdAt, "createdAt");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a team outlook's name has 1 to " + MAX_NAME + " characters");
        }
        skills = List.copyOf(skills.stream().distinct().toList());
        if (skills.isEmpty() || skills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("a team outlook asks about 1 to " + MAX_SKILLS + " skills");
        }
    }
}
