package nl.vaardig.matching.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * A person's skills profile as the matcher sees it: pseudonymous id, skills, learning wishes and the facts that
 * candidate filters use. An anonymous profile (sent by the browser, never stored) has an id too, made up per
 * request, and is matched without being indexed.
 *
 * @param skills       skills with level, evidence and self-assessment; entries the person does not hold yet
 *                     (self-assessment "wants to learn" only) are kept for learning-route advice, not credited
 * @param wantsToLearn further skills the person wants to learn
 * @param home         home location (a postcode centroid is precise enough); null when unknown
 * @param availability hours per week the person is available; null when not stated
 * @param occupation   current or most recent occupation, when known
 */
public record Profile(ProfileId id, List<ProfileSkill> skills, Set<SkillUri> wantsToLearn, AmrCode region,
                      GeoPoint home, HoursPerWeek availability, OccupationUri occupation, boolean synthetic) {

    public Profile {
        Objects.requireNonNull(id, "id");
        // the strongest claim wins when a skill is listed twice
        skills = SkillLists.distinct(skills, ProfileSkill::skill,
                (a, b) -> a.held() && !b.held() ? a : (b.held() && !a.held() ? b : (a.level().atLeast(b.level()) ? a : b)),
                "profile skills");
        var wishes = new LinkedHashSet<SkillUri>();
        if (wantsToLearn != null) {
            wantsToLearn.forEach(s -> wishes.add(Objects.requireNonNull(s, "wantsToLearn must not contain null")));
        }
        skills.stream().filter(s -> s.assessment().wantsToLearn()).forEach(s -> wishes.add(s.skill()));
        wantsToLearn = java.util.Collections.unmodifiableSet(wishes);
    }

    /** An anonymous profile of skills only, e.g. built in the browser or read from an evaluation file. */
    public static Profile anonymous(List<ProfileSkill> skills) {
        return new Profile(ProfileId.random(), skills, Set.of(), null, null, null, null, false);
    }

    public List<ProfileSkill> heldSkills() {
        return skills.stream().filter(ProfileSkill::held).toList();
    }

    public Optional<AmrCode> labourMarketRegion() {
        return Optional.ofNullable(region);
    }

    public Optional<GeoPoint> homeLocation() {
        return Optional.ofNullable(home);
    }

    public Profile withSkills(List<ProfileSkill> newSkills) {
        return new Profile(id, newSkills, wantsToLearn, region, home, availability, occupation, synthetic);
    }
}
