package nl.vaardig.web.team;

import java.util.List;
import java.util.Objects;
import nl.vaardig.taxonomy.model.SkillUri;

/** One role in an employer's team: what it is called, how many people hold it, which skills it covers. No people. */
public record TeamRole(String name, int headcount, List<SkillUri> skills) {

    public static final int MAX_NAME = 80;
    public static final int MAX_HEADCOUNT = 500;
    public static final int MAX_SKILLS = 100;

    public TeamRole {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a role name has 1 to " + MAX_NAME + " characters");
        }
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            throw new IllegalArgumentException("a role has 1 to " + MAX_HEADCOUNT + " people");
        }
        skills = List.copyOf(skills.stream().distinct().toList());
        if (skills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("a role has at most " + MAX_SKILLS + " skills");
        }
    }
}
