package nl.vaardig.web.lmi.forecast;

import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EtsTest {

    /*
     * Hand-computed, m = 2, y = 10 20 14 24 20, α = 0.5, β = 0.1, γ = 0.2, φ = 1.
     * Initial: season means 15 and 19 → b0 = 4/2 = 2, l0 = 15 − 2·3/2 = 12, s = (10 − 14, 20 − 16) = (−4, 4).
     * t1..t4 fit exactly (e = 0): l4 = 20, b4 = 2. t5: ŷ = 20 + 2 − 4 = 18, e = 2 → l5 = 22 + 1 = 23, b5 = 2.2,
     * s = (−3.6, 4). Forecasts: h1 = 23 + 2.2 + 4 = 29.2, h2 = 23 + 4.4 − 3.6 = 23.8, h3 = 23 + 6.6 + 4 = 33.6.
     * Variance factors (σ² = 1): c1 = α + β = 0.6, c2 = α + 2β + γ = 0.9 → 1, 1.36, 2.17.
     */
    static final double[] Y = {10, 20, 14, 24, 20};
    static final EtsParameters HAND = new EtsParameters(0.5, 0.1, 0.2, 1);

    @Test
    void theInitialStateComesFromTheFirstTwoSeasons() {
        EtsState s = Ets.initialState(Y, 2);

        assertThat(s.level()).isCloseTo(12, within(1e-12));
        assertThat(s.trend()).isCloseTo(2, within(1e-12));
        assertThat(s.season()).containsExactly(new double[] {-4, 4}, within(1e-12));
    }

    @Test
    void theDecompositionRecoversLevelTrendAndSeasonOfAnExactSeries() {
        // y_t = 10 + 2t + s, t = 1 … 12, s = (−3, 1, 4, −2): the centred 2×4 moving average is the line itself
        double[] season = {-3, 1, 4, -2};
        double[] y = new double[12];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 + 2 * (i + 1) + season[i % 4];
        }
        EtsState s = Ets.decompositionState(y, 4);

        assertThat(s.level()).isCloseTo(10, within(1e-9));
        assertThat(s.trend()).isCloseTo(2, within(1e-9));
        assertThat(s.season()).containsExactly(season, within(1e-9));
        assertThat(Ets.run(y, s, new EtsParameters(0.3, 0.1, 0.2, 1)).sse()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theRecursionsAndForecastsMatchTheHandComputedExample() {
        Ets.Run run = Ets.run(Y, Ets.initialState(Y, 2), HAND);

        assertThat(run.errors()).containsExactly(new double[] {0, 0, 0, 0, 2}, within(1e-12));
        assertThat(run.sse()).isCloseTo(4, within(1e-12));
        assertThat(run.state().level()).isCloseTo(23, within(1e-12));
        assertThat(run.state().trend()).isCloseTo(2.2, within(1e-12));
        assertThat(Ets.mean(run.state(), HAND, 3)).containsExactly(new double[] {29.2, 23.8, 33.6}, within(1e-12));
        assertThat(Ets.variance(HAND, 2, 1, 3)).containsExactly(new double[] {1, 1.36, 2.17}, within(1e-12));
    }

    @Test
    void theDampedForecastAndVarianceMatchTheHandComputedExample() {
        // from l = 23, b = 2.2, s = (−3.6, 4) after 5 observations, φ = 0.9: φ1 = 0.9, φ2 = 1.71
        // h1 = 23 + 1.98 + 4 = 28.98, h2 = 23 + 3.762 − 3.6 = 23.162; c1 = 0.5 + 0.09 = 0.59, c2 = 0.5 + 0.171 + 0.2 = 0.871
        var damped = new EtsParameters(0.5, 0.1, 0.2, 0.9);
        var state = new EtsState(23, 2.2, new double[] {-3.6, 4}, 5);

        assertThat(Ets.mean(state, damped, 2)).containsExactly(new double[] {28.98, 23.162}, within(1e-9));
        assertThat(Ets.variance(damped, 2, 1, 3)).containsExactly(new double[] {1, 1.3481, 2.106741}, within(1e-9));
    }

    @Test
    void theClosedFormVarianceAgreesWithSimulatedFuturePaths() {
        var p = new EtsParameters(0.4, 0.1, 0.3, 0.9);
        var start = new EtsState(100, 2, new double[] {-10, 5, 15, -10}, 12);
        int horizon = 6;
        int paths = 100_000;
        double[] mean = Ets.mean(start, p, horizon);
        double[] sumSq = new double[horizon];
        Random random = new Random(19);
        for (int path = 0; path < paths; path++) {
            double level = start.level();
            double trend = start.trend();
            double[] season = start.season();
            for (int h = 1; h <= horizon; h++) {
                int k = (start.observations() + h - 1) % 4;
                double e = random.nextGaussian();
                double y = level + p.phi() * trend + season[k] + e;
                double newLevel = level + p.phi() * trend + p.alpha() * e;
                trend = p.phi() * trend + p.beta() * e;
                level = newLevel;
                season[k] += p.gamma() * e;
                sumSq[h - 1] += (y - mean[h - 1]) * (y - mean[h - 1]);
            }
        }
        double[] closed = Ets.variance(p, 4, 1, horizon);
        for (int h = 0; h < horizon; h++) {
            assertThat(sumSq[h] / paths).as("h=%d", h + 1).isCloseTo(closed[h], within(closed[h] * 0.03));
        }
        assertThat(closed[5]).as("the season term enters at j = 4").isGreaterThan(closed[4] + 0.4 * 0.4);
    }

    @Test
    void theFitFindsAtLeastAsSmallAnErrorAsTheParametersTheSeriesWasMadeWith() {
        var truth = new EtsParameters(0.3, 0.05, 0.2, 1);
        double[] y = new double[24];
        var state = new EtsState(200, 3, new double[] {-20, 10, 30, -20}, 0);
        Random random = new Random(7);
        double level = state.level();
        double trend = state.trend();
        double[] season = state.season();
        for (int t = 0; t < y.length; t++) {
            double e = 4 * random.nextGaussian();
            y[t] = level + trend + season[t % 4] + e;
            level = level + trend + truth.alpha() * e;
            trend = trend + truth.beta() * e;
            season[t % 4] += truth.gamma() * e;
        }
        EtsFit fit = EtsFit.fit(y, 4, false);

        double atTruth = Ets.run(y, Ets.decompositionState(y, 4), truth).sse();
        assertThat(Ets.run(y, Ets.decompositionState(y, 4), fit.parameters()).sse()).isLessThanOrEqualTo(atTruth + 1e-6);
        assertThat(fit.sigma2()).isBetween(4.0, 64.0);
        assertThat(fit.mean(1)[0]).as("next quarter continues the trend of about +3 a quarter").isBetween(230.0, 320.0);
    }

    @Test
    void aDampedFitKeepsItsDampingInTheUsualRange() {
        double[] y = {50, 80, 120, 60, 55, 85, 126, 64, 57, 90, 131, 66, 60, 94, 137, 70};
        EtsFit fit = EtsFit.fit(y, 4, true);

        assertThat(fit.parameters().phi()).isBetween(EtsFit.PHI_MIN, EtsFit.PHI_MAX);
        assertThat(fit.mean(1)[0]).as("the low first quarter comes back").isBetween(55.0, 75.0);
        assertThat(fit.mean(3)[2]).as("and so does the summer peak").isBetween(130.0, 160.0);
    }
}
