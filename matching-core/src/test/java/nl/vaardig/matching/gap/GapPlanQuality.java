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
 * with the demo route catalogue; every instance with at most {@link GapPlanner#EXHAUSTIVE_LIMIT} candidate routes
 * is also solved exhaustively. {@code run-main.sh nl.vaardig.matching.gap.GapPlanQuality [instances] [routes]}
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
                    GapPlan plan = planner.plan(anywhere, new Target.ForOccupation(occ), GapOptions.defaults().withMaxRoutes(k));
                    if (plan.optimalShare().isEmpty() || plan.optimalShare().getAsDouble() == 0) {
                        continue;
                    }
                    double ratio = plan.closedShare() / plan.optimalShare().getAsDouble();
                    compared++;
                    sumRatio += ratio;
                    worst = Math.min(worst, ratio);
                    if (ratio > 1 - 1e-9) {
                        optimal++;
                    }
                }
                System.out.printf(Locale.ROOT, "k=%d routes: %d instances solved exhaustively; greedy optimal in %.1f %%, mean ratio %.4f, worst %.4f%n",
                        k, compared, 100.0 * optimal / compared, sumRatio / compared, worst);
            }
        }
    }
}
