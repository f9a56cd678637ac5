package nl.vaardig.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.RouteKind;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * SYNTHETIC learning routes towards the demo employer's care occupations, in Groot Amsterdam and online: a
 * zij-instroom route over the first half of what the vacancies ask and a short training over the second half,
 * so the demo always has routes that close a care vacancy's gap.
 */
final class DemoRoutes {

    private static final String PROVIDER = "Demo Zorgacademie Amstelland (demo)";

    private DemoRoutes() {
    }

    static List<LearningRoute> forEmployerOccupations(Taxonomy taxonomy, long seed) {
        List<LearningRoute> out = new ArrayList<>();
        LocalDate spring = LocalDate.of(2027, 2, 1);
        LocalDate autumn = LocalDate.of(2027, 9, 1);
        for (int k = 0; k < DemoEmployer.OCCUPATIONS.size(); k++) {
            OccupationUri uri = DemoEmployer.OCCUPATIONS.get(k);
            Occupation occupation = taxonomy.occupation(uri).orElseThrow();
            List<SkillUri> asked = DemoVacancies.employerEssentials(taxonomy, uri);
            int half = (asked.size() + 1) / 2;
            String nl = occupation.label(Locale.of("nl")).text();
            String en = occupation.label(Locale.ENGLISH).text();
            out.add(new LearningRoute(id(seed, 2 * k), PROVIDER, "Zij-instroomtraject " + nl + " (demo)",
                    "Side-entry route " + en + " (demo)", RouteKind.SIDE_ENTRY,
                    skills(asked.subList(0, half), ProficiencyLevel.ADVANCED), 40, 0, Set.of(DemoEmployer.REGION),
                    false, List.of(spring, autumn), true));
            if (half < asked.size()) {
                out.add(new LearningRoute(id(seed, 2 * k + 1), PROVIDER, "Training " + nl + " – praktijk (demo)",
                        "Training " + en + " – practice (demo)", RouteKind.TRAINING,
                        skills(asked.subList(half, asked.size()), ProficiencyLevel.INTERMEDIATE), 8, 450,
                        Set.of(DemoEmployer.REGION), true, List.of(spring, autumn), true));
            }
        }
        return out;
    }

    /** An online course in the ICT skill the demo seeker wants to learn, so her outlook has a route for it. */
    static LearningRoute forDemoSeekerWish(Taxonomy taxonomy, long seed) {
        SkillUri wish = DemoSeeker.ictWish(taxonomy);
        String nl = taxonomy.skill(wish).orElseThrow().label(Locale.of("nl")).text();
        String en = taxonomy.skill(wish).orElseThrow().label(Locale.ENGLISH).text();
        return new LearningRoute(id(seed, 1000), "Demo ICT-academie (demo)", "Cursus " + nl + " (demo)",
                "Course " + en + " (demo)", RouteKind.TRAINING, skills(List.of(wish), ProficiencyLevel.INTERMEDIATE), 6,
                350, Set.of(DemoEmployer.REGION), true, List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 9, 1)), true);
    }

    private static List<RouteSkill> skills(List<SkillUri> skills, ProficiencyLevel level) {
        return skills.stream().map(s -> new RouteSkill(s, level)).toList();
    }

    private static LearningRouteId id(long seed, int i) {
        return new LearningRouteId(new UUID(0xDE41L << 48 | (seed & 0xFFFFFFFFL), i));
    }
}
