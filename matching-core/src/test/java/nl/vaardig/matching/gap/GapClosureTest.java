package nl.vaardig.matching.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.TaughtSkills;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The closure read from the taught skills' side ({@link GapClosure}) must be, bit for bit, the closure that tests
 * every gap against every taught skill with {@link SkillGraph#credit}: on the shipped ESCO graph with the demo route
 * catalogue, for the gaps of demo profiles towards random occupations and towards the union of several (as "jobs in
 * my region" gathers them).
 */
class GapClosureTest {

    private static final int ROUNDS = 15;

    private static Taxonomy taxonomy;
    private static SkillGraph graph;
    private static List<LearningRoute> routes;
    private static DemoDataGenerator people;

    @BeforeAll
    static void graph() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        RegionGeography geography = RegionGeography.shipped();
        routes = DemoRouteCatalogue.generate(taxonomy, geography, 1, 3000);
        people = new DemoDataGenerator(taxonomy, geography, 5);
    }

    @Test
    void everyRouteClosesEveryGapAsTheCreditOfEachPairSays() {
        var scorer = new MatchScorer(graph);
        var random = new Random(1616);
        int compared = 0;
        int closing = 0;
        int kinOnly = 0;
        int none = 0;
        for (int round = 0; round < ROUNDS; round++) {
            PreparedProfile today = scorer.prepare(people.profile(round).skills());
            // one to eight occupations' skills, as one vacancy or a region's worth of them
            var gaps = new LinkedHashSet<Integer>();
            for (int k = 0, n = 1 + random.nextInt(8); k < n; k++) {
                Occupation o = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount()));
                taxonomy.essentialSkills(o.uri()).forEach(s -> add(gaps, s));
                taxonomy.optionalSkills(o.uri()).forEach(s -> add(gaps, s));
            }
            int[] gapSkills = gaps.stream().mapToInt(Integer::intValue).filter(s -> today.credit(s) < 0.6).toArray();
            double[] credit = new double[gapSkills.length];
            for (int g = 0; g < gapSkills.length; g++) {
                credit[g] = today.credit(gapSkills[g]);
            }
            var closure = new GapClosure(graph, gapSkills, credit);
            for (LearningRoute route : routes) {
                double[] expected = everyPair(route, gapSkills, credit);
                assertThat(closure.of(route)).as("route %s, round %d", route.id(), round).containsExactly(expected);
                // what the planner reads: no array for a route that closes nothing, the same array otherwise
                double[] read = closure.closing(TaughtSkills.of(graph, route));
                if (Arrays.stream(expected).allMatch(c -> c == 0)) {
                    assertThat(read).as("route %s, round %d", route.id(), round).isNull();
                    none++;
                } else {
                    assertThat(read).as("route %s, round %d", route.id(), round).containsExactly(expected);
                }
                compared++;
                for (int g = 0; g < expected.length; g++) {
                    if (expected[g] > 0) {
                        closing++;
                        kinOnly += linked(route, gapSkills[g]) ? 0 : 1;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(ROUNDS * routes.size());
        // the instances exercise both kinds of credit
        assertThat(closing).isGreaterThan(1_000);
        assertThat(kinOnly).isGreaterThan(100);
        assertThat(none).as("routes that close nothing").isGreaterThan(1_000);
    }

    private static void add(LinkedHashSet<Integer> gaps, SkillUri skill) {
        graph.ordinal(skill).ifPresent(gaps::add);
    }

    /** The planner's former closure: every taught skill against every gap. */
    private static double[] everyPair(LearningRoute route, int[] gapSkills, double[] today) {
        double[] out = new double[gapSkills.length];
        Map<Integer, Double> taught = new HashMap<>();
        for (RouteSkill s : route.skills()) {
            OptionalInt o = graph.ordinal(s.skill());
            o.ifPresent(t -> taught.merge(t, graph.weights().levelFactor().get(s.level()), Math::max));
        }
        for (int g = 0; g < gapSkills.length; g++) {
            double best = 0;
            for (var t : taught.entrySet()) {
                best = Math.max(best, graph.credit(t.getKey(), gapSkills[g]) * t.getValue());
            }
            out[g] = best > today[g] ? best : 0;
        }
        return out;
    }

    private static boolean linked(LearningRoute route, int gap) {
        List<Integer> taught = new ArrayList<>();
        route.skills().forEach(s -> graph.ordinal(s.skill()).ifPresent(taught::add));
        for (int t : taught) {
            SkillGraph.Links l = graph.covers(t);
            for (int i = 0; i < l.size(); i++) {
                if (l.skill()[i] == gap) {
                    return true;
                }
            }
        }
        return false;
    }
}
