package nl.vaardig.web.lmi.forecast;

import java.util.List;
import java.util.Random;
import nl.vaardig.web.lmi.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CombinedForecastTest {

    static final double[] SEASONAL = {50, 80, 120, 60, 55, 85, 126, 64, 57, 90, 131, 66, 60, 94, 137, 70};

    @Test
    void seasonalNaiveRepeatsLastYearAndItsVarianceGrowsEachYearAhead() {
        // seasonal differences 2, 2, −2, 4 → σ² = (4 + 4 + 4 + 16) / 4 = 7; a seasonal random walk adds σ² a year
        SeasonalNaive naive = SeasonalNaive.of(new double[] {10, 20, 30, 40, 12, 22, 28, 44}, 4);

        assertThat(naive.sigma2()).isCloseTo(7, within(1e-12));
        assertThat(naive.mean(6)).containsExactly(12, 22, 28, 44, 12, 22);
        assertThat(naive.variance(9)).containsExactly(7, 7, 7, 7, 14, 14, 14, 14, 21);
    }

    @Test
    void theCombinationIsTheEqualWeightMeanOfItsThreePartsInMeanAndVariance() {
        CombinedForecast c = CombinedForecast.fit(SEASONAL, 4);
        double[] flat = c.flat().mean(8);
        double[] damped = c.damped().mean(8);
        double[] naive = {60, 94, 137, 70, 60, 94, 137, 70};
        double[] flatVariance = c.flat().variance(8);
        double[] dampedVariance = c.damped().variance(8);
        double[] naiveVariance = c.naive().variance(8);

        for (int h = 0; h < 8; h++) {
            assertThat(c.mean(8)[h]).as("mean h=%d", h + 1).isCloseTo((flat[h] + damped[h] + naive[h]) / 3, within(1e-9));
            assertThat(c.variance(8)[h]).as("variance h=%d", h + 1)
                    .isCloseTo((flatVariance[h] + dampedVariance[h] + naiveVariance[h]) / 3, within(1e-9));
        }
        assertThat(c.flat().trend()).isEqualTo(EtsFit.Trend.NONE);
        assertThat(c.damped().trend()).isEqualTo(EtsFit.Trend.DAMPED);
        assertThat(flat[0]).as("the parts differ on this growing series, so the mean is not one of them").isNotCloseTo(naive[0], within(0.5));
    }

    @Test
    void theSelectedModelIsTheOneWithTheLowerAicc() {
        CombinedForecast c = CombinedForecast.fit(SEASONAL, 4);

        EtsFit other = c.selected() == c.flat() ? c.damped() : c.flat();
        assertThat(c.selected().aicc()).isLessThanOrEqualTo(other.aicc());
    }

    /*
     * Series from the process the combination is meant for: a level that wanders (α = 0.2), a season that drifts
     * slowly (γ = 0.1) and noise of σ = 4 around about 40 vacancies, 16 quarters of history; 8 quarters ahead.
     * The intervals must cover about what they say: an 80 % interval 75–90 % of the time, a 95 % one 91–99 %.
     */
    @Test
    void onSimulatedSeriesTheIntervalsCoverAboutWhatTheySay() {
        Random random = new Random(2019);
        int series = 300;
        int history = 16;
        int horizon = 8;
        long in80 = 0;
        long in95 = 0;
        long total = 0;
        for (int i = 0; i < series; i++) {
            double level = 40;
            double[] season = {-6, 2, 8, -4};
            double[] y = new double[history + horizon];
            for (int t = 0; t < y.length; t++) {
                double e = 4 * random.nextGaussian();
                y[t] = level + season[t % 4] + e;
                level += 0.2 * e;
                season[t % 4] += 0.1 * e;
            }
            double[] past = java.util.Arrays.copyOf(y, history);
            CombinedForecast c = CombinedForecast.fit(past, 4);
            List<ForecastPoint> points = DemandForecaster.points(c.mean(horizon), c.variance(horizon), Period.parse("2025-Q4"));
            for (ForecastPoint p : points) {
                double actual = y[history + p.horizon() - 1];
                in80 += p.within80(actual) ? 1 : 0;
                in95 += p.within95(actual) ? 1 : 0;
                total++;
            }
        }
        assertThat((double) in80 / total).as("80 %% interval").isBetween(0.75, 0.90);
        assertThat((double) in95 / total).as("95 %% interval").isBetween(0.91, 0.99);
    }
}
