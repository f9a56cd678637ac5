package nl.vaardig.matching.explain;

import java.util.Objects;

/**
 * How much the vacancy uses one skill of the profile.
 *
 * @param weight specificity weight of the profile skill
 * @param use    best relation credit of this skill to any of the vacancy's skills (1 = asked as such, 0 = unused)
 * @param points this skill's part of the score
 */
public record ProfileSkillUse(SkillLabel skill, double weight, double use, double points) {
    public ProfileSkillUse {
        Objects.requireNonNull(skill, "skill");
    }
}
