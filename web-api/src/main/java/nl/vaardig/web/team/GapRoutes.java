package nl.vaardig.web.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.OfferedRoute;
import nl.vaardig.matching.engine.TaughtSkills;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import org.springframework.stereotype.Component;

/**
 * Learning routes that teach a gap skill itself, offered in the regions of the organisation's open vacancies or
 * online: a way to close a gap by training someone already in the team. Shortest, then cheapest first. The routes
 * are read once for all gaps, by the skill ordinals each route teaches (issue 16: comparing every gap's URI with
 * every taught skill's was most of the team gaps' CPU); a gap the skill graph does not know is compared by URI.
 */
@Component
class GapRoutes {

    static final int PER_SKILL = 2;
    /** routes are looked up for the most pressing gaps only, so the answer stays small */
    static final int SKILLS = 10;

    private static final Comparator<LearningRoute> SHORTEST_CHEAPEST = Comparator.comparingInt(LearningRoute::durationWeeks)
            .thenComparingInt(LearningRoute::costEuros).thenComparing(r -> r.id().value());

    private final MatchingEngine engine;

    GapRoutes(MatchingEngine engine) {
        this.engine = engine;
    }

    Map<SkillUri, List<LearningRoute>> forGaps(List<SkillUri> gaps, Set<AmrCode> regions) {
        Map<SkillUri, List<LearningRoute>> out = new LinkedHashMap<>();
        if (gaps.isEmpty()) {
            return out;
        }
        List<SkillUri> asked = gaps.subList(0, Math.min(SKILLS, gaps.size()));
        int[] ordinals = new int[asked.size()];
        List<List<LearningRoute>> teaching = new ArrayList<>(asked.size());
        for (int g = 0; g < asked.size(); g++) {
            ordinals[g] = engine.graph().ordinal(asked.get(g)).orElse(-1);
            teaching.add(new ArrayList<>());
        }
        for (OfferedRoute offered : engine.offeredRoutes(regions)) {
            LearningRoute route = offered.route();
            TaughtSkills taught = offered.taught();
            for (int g = 0; g < ordinals.length; g++) {
                if (ordinals[g] >= 0 ? teaches(taught, ordinals[g]) : teaches(route, asked.get(g))) {
                    teaching.get(g).add(route);
                }
            }
        }
        for (int g = 0; g < asked.size(); g++) {
            out.put(asked.get(g), teaching.get(g).stream().sorted(SHORTEST_CHEAPEST).limit(PER_SKILL).toList());
        }
        return out;
    }

    private static boolean teaches(TaughtSkills taught, int ordinal) {
        for (int i = 0; i < taught.size(); i++) {
            if (taught.ordinal(i) == ordinal) {
                return true;
            }
        }
        return false;
    }

    private static boolean teaches(LearningRoute route, SkillUri skill) {
        return route.skills().stream().anyMatch(s -> s.skill().equals(skill));
    }
}
