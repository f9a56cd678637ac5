package nl.vaardig.web.team;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import org.springframework.stereotype.Component;

/**
 * Learning routes that teach a gap skill itself, offered in the regions of the organisation's open vacancies or
 * online: a way to close a gap by training someone already in the team. Shortest, then cheapest first.
 */
@Component
class GapRoutes {

    static final int PER_SKILL = 2;
    /** routes are looked up for the most pressing gaps only, so the answer stays small */
    static final int SKILLS = 10;

    private final MatchingEngine engine;

    GapRoutes(MatchingEngine engine) {
        this.engine = engine;
    }

    Map<SkillUri, List<LearningRoute>> forGaps(List<SkillUri> gaps, Set<AmrCode> regions) {
        Map<SkillUri, List<LearningRoute>> out = new LinkedHashMap<>();
        if (gaps.isEmpty()) {
            return out;
        }
        List<LearningRoute> offered = engine.routesFor(regions);
        for (SkillUri gap : gaps.subList(0, Math.min(SKILLS, gaps.size()))) {
            out.put(gap, offered.stream()
                    .filter(r -> r.skills().stream().anyMatch(s -> s.skill().equals(gap)))
                    .sorted(Comparator.comparingInt(LearningRoute::durationWeeks).thenComparingInt(LearningRoute::costEuros)
                            .thenComparing(r -> r.id().value()))
                    .limit(PER_SKILL).toList());
        }
        return out;
    }
}
