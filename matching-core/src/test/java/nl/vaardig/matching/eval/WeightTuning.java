package nl.vaardig.matching.eval;

import java.util.Locale;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * Development aid: evaluates a few weight settings on a development seed (not the seed of the baseline), so the
 * defaults are not tuned on the figures the build checks. {@code run-main.sh nl.vaardig.matching.eval.WeightTuning}
 */
public final class WeightTuning {

    private WeightTuning() {
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        MatchWeights d = MatchWeights.defaults();
        double[][] shares = {{0.7, 0.3}, {0.5, 0.5}, {0.85, 0.15}, {0.6, 0.4}};
        for (double[] s : shares) {
            MatchWeights w = d.withShares(s[0], s[1]);
            try (var eval = new OccupationEvaluation(taxonomy, w)) {
                for (NoiseLevel level : NoiseLevel.ALL) {
                    var r = eval.evaluate(level.name(), eval.sample(level, 99, 4));
                    System.out.printf(Locale.ROOT, "coverage %.2f relevance %.2f  %s%n", s[0], s[1], r);
                }
            }
        }
    }
}
