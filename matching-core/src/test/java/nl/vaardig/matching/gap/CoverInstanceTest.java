package nl.vaardig.matching.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverInstanceTest {

    @Test
    void greedyTakesTheRouteClosingMostFirstAndStopsWhenNothingIsLeftToClose() {
        var instance = new CoverInstance(new double[] {3, 2, 1}, new double[][] {
                {1, 0, 0},
                {0, 1, 1},
                {1, 1, 0}});
        assertThat(instance.greedy(3)).containsExactly(2, 1);
        assertThat(instance.value(List.of(2, 1))).isEqualTo(6.0);
    }

    @Test
    void greedyCanMissTheOptimumWhichExhaustiveSearchFinds() {
        // classic trap: one route covers a bit of everything, two others cover halves completely
        var instance = new CoverInstance(new double[] {1, 1, 1, 1}, new double[][] {
                {0.6, 0.6, 0.6, 0.6},
                {1, 1, 0, 0},
                {0, 0, 1, 1}});
        assertThat(instance.value(instance.greedy(2))).isEqualTo(3.2);
        assertThat(instance.exhaustive(2)).containsExactly(1, 2);
        assertThat(instance.value(instance.exhaustive(2))).isEqualTo(4.0);
    }

    @Test
    void greedyStaysWithinTheTheoreticalBoundOfTheOptimumOnRandomSmallInstances() {
        var random = new Random(11);
        double worst = 1;
        for (int t = 0; t < 300; t++) {
            int gaps = 3 + random.nextInt(10);
            int routes = 2 + random.nextInt(12);
            double[] w = new double[gaps];
            double[][] c = new double[routes][gaps];
            for (int g = 0; g < gaps; g++) {
                w[g] = 0.2 + random.nextDouble();
                for (int r = 0; r < routes; r++) {
                    c[r][g] = random.nextDouble() < 0.3 ? 0.4 + 0.6 * random.nextDouble() : 0;
                }
            }
            var instance = new CoverInstance(w, c);
            double opt = instance.value(instance.exhaustive(3));
            if (opt > 0) {
                worst = Math.min(worst, instance.value(instance.greedy(3)) / opt);
            }
        }
        assertThat(worst).isGreaterThanOrEqualTo(1 - 1 / Math.E);
    }

    @Test
    void exhaustiveChoosesTheSameSetAsTryingEverySetFromScratchTiesIncluded() {
        // the search reads each set's value from its parent's coverage (issue 16); the reference below re-evaluates
        // every set with value(), as the search did before: same sets, same order, ties (few distinct values) included
        var random = new Random(16);
        for (int t = 0; t < 400; t++) {
            int gaps = 1 + random.nextInt(40);
            int routes = 1 + random.nextInt(20);
            double[] w = new double[gaps];
            double[][] c = new double[routes][gaps];
            for (int g = 0; g < gaps; g++) {
                w[g] = t % 2 == 0 ? 1 + random.nextInt(2) : 0.1 + random.nextDouble();
                for (int r = 0; r < routes; r++) {
                    c[r][g] = t % 2 == 0 ? random.nextInt(3) / 2.0 : (random.nextDouble() < 0.3 ? random.nextDouble() : 0);
                }
            }
            var instance = new CoverInstance(w, c);
            for (int k = 0; k <= 4; k++) {
                List<Integer> expected = new ArrayList<>();
                reference(instance, 0, k, new ArrayList<>(), expected, new double[] {0});
                assertThat(instance.exhaustive(k)).as("instance %d, k %d", t, k).isEqualTo(expected);
            }
        }
    }

    @Test
    void greedyChoosesWhatEveryGapReadForEveryRouteAndStepChoosesTiesIncluded() {
        // later steps read only the gaps a route closes at all (issue 16); the reference reads every gap every step,
        // as greedy did before: same routes, same order, ties (few distinct values, equal rows) included
        var random = new Random(1607);
        for (int t = 0; t < 600; t++) {
            int gaps = 1 + random.nextInt(60);
            int routes = 1 + random.nextInt(80);
            double[] w = new double[gaps];
            double[][] c = new double[routes][gaps];
            for (int g = 0; g < gaps; g++) {
                w[g] = t % 2 == 0 ? random.nextInt(3) : 0.1 + random.nextDouble();
                for (int r = 0; r < routes; r++) {
                    c[r][g] = t % 2 == 0 ? random.nextInt(3) / 2.0 : (random.nextDouble() < 0.2 ? random.nextDouble() : 0);
                }
            }
            if (routes > 1 && t % 3 == 0) {
                c[routes - 1] = c[0].clone();
            }
            var instance = new CoverInstance(w, c);
            for (int k = 0; k <= 5; k++) {
                assertThat(instance.greedy(k)).as("instance %d, k %d", t, k).isEqualTo(everyGapGreedy(w, c, k));
            }
        }
    }

    @Test
    void onTheClosedGapsOnlyEverySetHasTheSameValueAndExhaustiveSearchTheSameChoice() {
        var random = new Random(1608);
        int dropped = 0;
        for (int t = 0; t < 300; t++) {
            int gaps = 1 + random.nextInt(60);
            int routes = 1 + random.nextInt(12);
            double[] w = new double[gaps];
            double[][] c = new double[routes][gaps];
            for (int g = 0; g < gaps; g++) {
                w[g] = t % 2 == 0 ? 1 + random.nextInt(2) : 0.1 + random.nextDouble();
                boolean open = random.nextDouble() < 0.4; // most gaps closed by none of the routes
                for (int r = 0; r < routes; r++) {
                    c[r][g] = !open ? 0 : t % 2 == 0 ? random.nextInt(3) / 2.0 : random.nextDouble();
                }
            }
            var full = new CoverInstance(w, c);
            var closed = full.onClosedGaps();
            assertThat(closed.routes()).isEqualTo(routes);
            dropped += gaps - closed.gapWeights().length;
            for (int k = 0; k <= 4; k++) {
                List<Integer> chosen = full.exhaustive(k);
                assertThat(closed.exhaustive(k)).as("instance %d, k %d", t, k).isEqualTo(chosen);
                assertThat(closed.value(chosen)).isEqualTo(full.value(chosen));
                List<Integer> any = random.ints(k, 0, routes).boxed().distinct().toList();
                assertThat(closed.value(any)).isEqualTo(full.value(any));
            }
        }
        assertThat(dropped).isGreaterThan(1_000);
    }

    /** The former greedy: every gap of every route that is not chosen yet, every step. */
    private static List<Integer> everyGapGreedy(double[] w, double[][] c, int k) {
        var chosen = new ArrayList<Integer>();
        double[] covered = new double[w.length];
        for (int step = 0; step < k; step++) {
            int bestRoute = -1;
            double bestGain = 1e-12;
            for (int r = 0; r < c.length; r++) {
                if (chosen.contains(r)) {
                    continue;
                }
                double gain = 0;
                for (int g = 0; g < w.length; g++) {
                    if (c[r][g] > covered[g]) {
                        gain += w[g] * (c[r][g] - covered[g]);
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
            for (int g = 0; g < w.length; g++) {
                covered[g] = Math.max(covered[g], c[bestRoute][g]);
            }
        }
        return chosen;
    }

    private static void reference(CoverInstance instance, int from, int k, List<Integer> current, List<Integer> best,
                                  double[] bestValue) {
        double v = instance.value(current);
        if (v > bestValue[0] + 1e-12) {
            bestValue[0] = v;
            best.clear();
            best.addAll(current);
        }
        if (current.size() == k) {
            return;
        }
        for (int r = from; r < instance.routes(); r++) {
            current.add(r);
            reference(instance, r + 1, k, current, best, bestValue);
            current.removeLast();
        }
    }
}
