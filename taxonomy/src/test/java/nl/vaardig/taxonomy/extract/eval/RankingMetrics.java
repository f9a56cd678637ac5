package nl.vaardig.taxonomy.extract.eval;

import java.util.List;
import java.util.Set;

/** R-Precision at K as the skill-extraction benchmark defines it. */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Relevant in the top {@code k} ÷ min(k, number of gold skills); 0 for a text without gold. */
    public static double rPrecisionAt(int k, List<String> ranked, Set<String> gold) {
        if (gold.isEmpty()) {
            return 0;
        }
        int relevant = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (gold.contains(ranked.get(i))) {
                relevant++;
            }
        }
        return (double) relevant / Math.min(k, gold.size());
    }
}
