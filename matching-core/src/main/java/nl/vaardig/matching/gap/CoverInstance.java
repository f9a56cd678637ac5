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

    /**
     * Greedy: repeatedly the route with the largest gain; ties to the lower index (callers order by preference). A
     * route's first gain is read over every gap, noting the gaps it closes at all; later steps read only those (a
     * gap it does not close adds nothing to its gain), in the same order, so the gains are the same doubles (issue 16:
     * the three full passes over a few thousand routes × hundreds of gaps were a twentieth of a route plan's CPU).
     */
    public List<Integer> greedy(int k) {
        var chosen = new ArrayList<Integer>();
        boolean[] taken = new boolean[closure.length];
        int[][] closes = new int[closure.length][];
        int[] scratch = new int[gapWeights.length];
        double[] covered = new double[gapWeights.length];
        for (int step = 0; step < k; step++) {
            int bestRoute = -1;
            double bestGain = 1e-12;
            for (int r = 0; r < closure.length; r++) {
                if (taken[r]) {
                    continue;
                }
                double[] row = closure[r];
                double gain = 0;
                if (closes[r] == null) {
                    int n = 0;
                    for (int g = 0; g < gapWeights.length; g++) {
                        if (row[g] > covered[g]) {
                            gain += gapWeights[g] * (row[g] - covered[g]);
                        }
                        if (row[g] > 0) {
                            scratch[n++] = g;
                        }
                    }
                    closes[r] = java.util.Arrays.copyOf(scratch, n);
                } else {
                    for (int g : closes[r]) {
                        if (row[g] > covered[g]) {
                            gain += gapWeights[g] * (row[g] - covered[g]);
                        }
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
            taken[bestRoute] = true;
            for (int g = 0; g < gapWeights.length; g++) {
                covered[g] = Math.max(covered[g], closure[bestRoute][g]);
            }
        }
        return chosen;
    }

    /**
     * The same instance over only the gaps some route closes, in the same order: every set has the same value (a gap
     * no route closes adds {@code weight × 0} to it), so {@link #exhaustive} chooses the same set, over fewer gaps
     * (issue 16: the 20 strongest of a plan's routes close a fraction of its hundreds of gaps).
     */
    public CoverInstance onClosedGaps() {
        int[] keep = new int[gapWeights.length];
        int n = 0;
        for (int g = 0; g < gapWeights.length; g++) {
            for (double[] row : closure) {
                if (row[g] > 0) {
                    keep[n++] = g;
                    break;
                }
            }
        }
        if (n == gapWeights.length) {
            return this;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = gapWeights[keep[i]];
        }
        double[][] rows = new double[closure.length][n];
        for (int r = 0; r < closure.length; r++) {
            for (int i = 0; i < n; i++) {
                rows[r][i] = closure[r][keep[i]];
            }
        }
        return new CoverInstance(w, rows);
    }

    /** The best set of at most k routes, by trying every one (for up to ~20 routes); fewer routes win ties. */
    public List<Integer> exhaustive(int k) {
        if (closure.length > 24) {
            throw new IllegalArgumentException("exhaustive search is for small instances (" + closure.length + " routes)");
        }
        var best = new ArrayList<Integer>();
        double[] bestValue = {0};
        // covered[d] = per gap the best closure of the first d chosen routes: a set's value is read from its parent's
        // row and one route instead of from the whole set again (the same max and sum order as value(), so the
        // same doubles; issue 16: the per-set value() was a quarter of a route plan's CPU)
        double[][] covered = new double[Math.max(0, k) + 1][gapWeights.length];
        search(0, k, new int[Math.max(0, k)], 0, covered, best, bestValue);
        return best;
    }

    private void search(int from, int k, int[] current, int depth, double[][] covered, List<Integer> best,
                        double[] bestValue) {
        double[] mine = covered[depth];
        double v = 0;
        for (int g = 0; g < gapWeights.length; g++) {
            v += gapWeights[g] * mine[g];
        }
        if (v > bestValue[0] + 1e-12) {
            bestValue[0] = v;
            best.clear();
            for (int d = 0; d < depth; d++) {
                best.add(current[d]);
            }
        }
        if (depth >= k) {
            return;
        }
        double[] next = covered[depth + 1];
        for (int r = from; r < closure.length; r++) {
            double[] row = closure[r];
            for (int g = 0; g < next.length; g++) {
                next[g] = Math.max(mine[g], row[g]);
            }
            current[depth] = r;
            search(r + 1, k, current, depth + 1, covered, best, bestValue);
        }
    }
}
