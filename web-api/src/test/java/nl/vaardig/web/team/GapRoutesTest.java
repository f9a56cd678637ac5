package nl.vaardig.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.InMemoryDirectory;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.junit.jupiter.api.Test;

/**
 * The routes for a team's gaps, read by skill ordinals, are the routes the URI comparison of every gap with every
 * taught skill finds, in the same order: on the shipped ESCO graph with the demo route catalogue, for gaps the
 * routes teach, gaps no route teaches and a gap the graph does not know.
 */
class GapRoutesTest {

    @Test
    void theRoutesOfEachGapAreTheRoutesThatTeachItShortestThenCheapest() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        List<LearningRoute> catalogue = DemoRouteCatalogue.generate(taxonomy, RegionGeography.shipped(), 3, 1500);
        try (MatchingEngine engine = MatchingEngine.open(InMemoryDirectory.create(), graph, MatchingEngine.Options.defaults())) {
            catalogue.forEach(engine::indexRoute);
            var routes = new GapRoutes(engine);
            var random = new Random(1616);
            int found = 0;
            for (int round = 0; round < 40; round++) {
                var gaps = new ArrayList<SkillUri>();
                for (int k = 0; k < 12; k++) {
                    if (k % 3 == 0) { // a skill some route teaches
                        List<RouteSkill> taught = catalogue.get(random.nextInt(catalogue.size())).skills();
                        gaps.add(taught.get(random.nextInt(taught.size())).skill());
                    } else {
                        gaps.add(taxonomy.skillAt(random.nextInt(taxonomy.skillCount())).uri());
                    }
                }
                gaps.add(3, new SkillUri("http://data.europa.eu/esco/skill/not-in-the-graph"));
                Set<AmrCode> regions = switch (round % 3) {
                    case 0 -> Set.of();
                    case 1 -> Set.of(new AmrCode("AM18"));
                    default -> Set.of(new AmrCode("AM18"), new AmrCode("AM01"));
                };
                Map<SkillUri, List<LearningRoute>> expected = byUri(engine.routesFor(regions), gaps);
                assertThat(routes.forGaps(gaps, regions)).as("round %d", round).containsExactlyEntriesOf(expected);
                found += expected.values().stream().mapToInt(List::size).sum();
            }
            assertThat(found).as("routes found over all rounds").isGreaterThan(40);
        }
    }

    /** The URI comparison of every gap with every taught skill (the reading before issue 16's round 13). */
    private static Map<SkillUri, List<LearningRoute>> byUri(List<LearningRoute> offered, List<SkillUri> gaps) {
        Map<SkillUri, List<LearningRoute>> out = new LinkedHashMap<>();
        for (SkillUri gap : gaps.subList(0, Math.min(GapRoutes.SKILLS, gaps.size()))) {
            out.put(gap, offered.stream()
                    .filter(r -> r.skills().stream().anyMatch(s -> s.skill().equals(gap)))
                    .sorted(Comparator.comparingInt(LearningRoute::durationWeeks).thenComparingInt(LearningRoute::costEuros)
                            .thenComparing(r -> r.id().value()))
                    .limit(GapRoutes.PER_SKILL).toList());
        }
        return out;
    }
}
