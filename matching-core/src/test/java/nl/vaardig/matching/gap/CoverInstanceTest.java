package nl.vaardig.matching.gap;

import static org.assertj.core.api.Assertions.assertThat;

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
}
