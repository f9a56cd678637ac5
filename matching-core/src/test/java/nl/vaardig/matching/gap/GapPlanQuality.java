package nl.vaardig.matching.gap;

import java.util.Locale;
import java.util.Random;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * How close the greedy plan comes to the best plan of the same size: demo profiles aim at random ESCO occupations,
 * with the demo route catalogue; each instance is cut to the {@link GapPlanner#EXHAUSTIVE_LIMIT} candidate routes
 * that close most alone and solved both greedily and exhaustively. {@code run-main.sh nl.vaardig.matching.gap.GapPlanQuality [instances] [routes]}
 */
public final class GapPlanQuality {

    private GapPlanQuality() {
    }

    public static void main(String[] args) {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int routes = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        var geo = RegionGeography.shipped();
        var gen = new DemoDataGenerator(taxonomy, geo, 5);
        try (var engine = MatchingEngine.open(new ByteBuffersDirectory(), SkillGraph.build(taxonomy, MatchWeights.defaults()),
                MatchingEngine.Options.defaults().withRefreshEvery(null))) {
            DemoRouteCatalogue.generate(taxonomy, geo, 1, routes).forEach(engine::indexRoute);
            engine.refresh();
            var planner = new GapPlanner(engine);
            var random = new Random(3);
            for (int k = 1; k <= 3; k++) {
                int compared = 0;
                long candidates = 0;
                int plannerVsGreedy = 0;
                int optimal = 0;
                double sumRatio = 0;
                double worst = 1;
                for (int i = 0; i < instances; i++) {
                    Profile p = gen.profile(i);
                    var occ = taxonomy.occupationAt(random.nextInt(taxonomy.occupationCount())).uri();
                    if (taxonomy.essentialSkills(occ).isEmpty()) {
                        continue;
                    }
                    // no region: the whole catalogue is a candidate, as for someone who can travel or learn online
                    Profile anywhere = new Profile(p.id(), p.skills(), p.wantsToLearn(), null, null, null, null, true);
                    GapPlanner.Problem problem = planner.problem(anywhere, new Target.ForOccupation(occ), GapOptions.defaults());
                    // the 20 candidates that close most alone (the planner's own order), solved both ways
                    int m = Math.min(GapPlanner.EXHAUSTIVE_LIMIT, problem.routes().size());
                    var instance = new CoverInstance(problem.weights(), java.util.Arrays.copyOf(problem.closure(), m));
                    candidates += problem.routes().size();
                    GapPlan plan = planner.plan(anywhere, new Target.ForOccupation(occ), GapOptions.defaults().withMaxRoutes(k));
                    plannerVsGreedy += plan.closedShare() * problem.total() >= new CoverInstance(problem.weights(), problem.closure())
                            .value(new CoverInstance(problem.weights(), problem.closure()).greedy(k)) - 1e-9 ? 1 : 0;
                    double opt = instance.value(instance.exhaustive(k));
                    if (opt == 0) {
                        continue;
                    }
                    double ratio = instance.value(instance.greedy(k)) / opt;
                    compared++;
                    sumRatio += ratio;
                    worst = Math.min(worst, ratio);
                    if (ratio > 1 - 1e-9) {
                        optimal++;
                    }
                }
                System.out.printf(Locale.ROOT, "k=%d routes: %d instances (mean %.0f candidate routes, best 20 kept); greedy optimal in %.1f %%, mean ratio %.4f, worst %.4f; planner >= greedy in %d%n",
                        k, compared, (double) candidates / Math.max(1, compared), 100.0 * optimal / compared, sumRatio / compared, worst, plannerVsGreedy);
            }
        }
    }
}
