package nl.vaardig.matching.gap;

import java.util.ArrayList;
import java.util.List;

/**
 * A weighted maximum-coverage problem: gaps with weights, routes that close gaps to a degree (0..1). The value of
 * a set of routes is {@code Σ_gap weight × max over chosen routes of closure}. Choosing at most k routes to
 * maximise it is NP-hard; {@link #greedy} gives at least (1 − 1/e) of the optimum (the value is monotone
 * submodular), {@link #exhaustive} finds the optimum for small instances.
 */
public record CoverInstance(double[] gapWeights, double[][] closure) {

    public CoverInstance {
        for (double[] row : closure) {
            if (row.length != gapWeights.length) {
                throw new IllegalArgumentException("one closure per gap per route");
            }
        }
    }

    public int routes() {
        return closure.length;
    }

    public double value(List<Integer> chosen) {
        double v = 0;
        for (int g = 0; g < gapWeights.length; g++) {
            double best = 0;
            for (int r : chosen) {
                best = Math.max(best, closure[r][g]);
            }
            v += gapWeights[g] * best;
        }
        return v;
    }

    /** Greedy: repeatedly the route with the largest gain; ties to the lower index (callers order by preference). */
    public List<Integer> greedy(int k) {
        var chosen = new ArrayList<Integer>();
        double[] covered = new double[gapWeights.length];
        for (int step = 0; step < k; step++) {
            int bestRoute = -1;
            double bestGain = 1e-12;
            for (int r = 0; r < closure.length; r++) {
                if (chosen.contains(r)) {
                    continue;
                }
                double gain = 0;
                for (int g = 0; g < gapWeights.length; g++) {
                    if (closure[r][g] > covered[g]) {
                        gain += gapWeights[g] * (closure[r][g] - covered[g]);
                    }
                }
                if (gain > bestGain) {
                    bestGain = gain;
                    bestRoute = r;
                }
            }
            if (bestRoute < 0) {
                break;
            }
            chosen.add(bestRoute);
            for (int g = 0; g < gapWeights.length; g++) {
                covered[g] = Math.max(covered[g], closure[bestRoute][g]);
            }
        }
        return chosen;
    }

    /** The best set of at most k routes, by trying every one (for up to ~20 routes); fewer routes win ties. */
    public List<Integer> exhaustive(int k) {
        if (closure.length > 24) {
            throw new IllegalArgumentException("exhaustive search is for small instances (" + closure.length + " routes)");
        }
        var best = new ArrayList<Integer>();
        double[] bestValue = {0};
        search(0, k, new ArrayList<>(), best, bestValue);
        return best;
    }

    private void search(int from, int k, List<Integer> current, List<Integer> best, double[] bestValue) {
        double v = value(current);
        if (v > bestValue[0] + 1e-12) {
            bestValue[0] = v;
            best.clear();
            best.addAll(current);
        }
        if (current.size() == k) {
            return;
        }
        for (int r = from; r < closure.length; r++) {
            current.add(r);
            search(r + 1, k, current, best, bestValue);
            current.removeLast();
        }
    }
}
