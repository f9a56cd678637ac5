package nl.vaardig.web.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.vaardig.matching.engine.Distance;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.taxonomy.KnownSkills;
import org.springframework.stereotype.Component;

/**
 * Browser profile → the matcher's {@link Profile} and {@link MatchQuery}. Refuses, with one field error each,
 * skills that are not ESCO skills of the loaded taxonomy, an unknown region and half-given filters.
 */
@Component
class AnonymousProfiles {

    private final TaxonomyRuntime taxonomy;

    AnonymousProfiles(TaxonomyRuntime taxonomy) {
        this.taxonomy = taxonomy;
    }

    Profile toProfile(ProfileInput in, String field, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        List<ProfileSkill> skills = new ArrayList<>();
        Set<SkillUri> wishes = new HashSet<>();
        for (int i = 0; i < in.skills().size(); i++) {
            ProfileInput.SkillInput s = in.skills().get(i);
            SkillUri uri = KnownSkills.find(taxonomy, s.uri());
            if (uri == null) {
                errors.add(new FieldError(field + ".skills[" + i + "].uri", ProblemTexts.detail(
                        "Dit is geen bekende ESCO-vaardigheid.", "This is not a known ESCO skill.", locale)));
                continue;
            }
            if (s.learning()) {
                wishes.add(uri);
            } else {
                skills.add(new ProfileSkill(uri, s.level() == null ? ProficiencyLevel.INTERMEDIATE : s.level(),
                        s.evidence() == null ? EvidenceKind.SELF_DECLARED : s.evidence(), SelfAssessment.CAN_DO_IT));
            }
        }
        AmrCode region = in.region() == null || in.region().isBlank() ? null : new AmrCode(in.region());
        if (region != null && taxonomy.regions().region(region).isEmpty()) {
            errors.add(new FieldError(field + ".region", ProblemTexts.detail("Onbekende arbeidsmarktregio.",
                    "Unknown labour-market region.", locale)));
        }
        if (in.maxDistanceKm() != null && in.home() == null) {
            errors.add(new FieldError(field + ".home", ProblemTexts.detail(
                    "Geef een woonplek om op afstand te zoeken.", "Give a home location to search by distance.", locale)));
        }
        if (in.hours() != null && in.hours().min() > in.hours().max()) {
            errors.add(new FieldError(field + ".hours", ProblemTexts.detail(
                    "Het minimum aantal uren is groter dan het maximum.", "Minimum hours exceed the maximum.", locale)));
        }
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return new Profile(ProfileId.random(), skills, wishes, region, home(in),
                in.hours() == null ? null : new HoursPerWeek(in.hours().min(), in.hours().max()), null, false);
    }

    /** Filters of a vacancy search: region (when given), distance from home, hours, contracts; label language. */
    MatchQuery query(ProfileInput in, Profile profile, Locale locale) {
        MatchQuery q = MatchQuery.defaults().inLanguage(locale);
        if (profile.region() != null) {
            q = q.inRegions(Set.of(profile.region()));
        }
        if (profile.home() != null && in.maxDistanceKm() != null) {
            q = q.within(new Distance(profile.home(), in.maxDistanceKm()));
        }
        if (profile.availability() != null) {
            q = q.withHours(profile.availability());
        }
        if (in.contracts() != null && !in.contracts().isEmpty()) {
            q = q.withContracts(Set.copyOf(in.contracts()));
        }
        return q;
    }

    private static GeoPoint home(ProfileInput in) {
        return in.home() == null ? null : new GeoPoint(in.home().latitude(), in.home().longitude());
    }
}
