package nl.vaardig.web.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.forecast.DemandForecaster;
import nl.vaardig.web.lmi.forecast.ForecastPoint;
import nl.vaardig.web.lmi.trend.QuarterlySeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YearPrognosisTest {

    static final Period FIRST = Period.parse("2022-Q1");
    static final long[] SEASON = {-10, 4, 14, -8};

    /** 4 years of a skill whose demand grows by 3 vacancies a quarter, with a summer peak, and its next year. */
    static long growing(long t) {
        return 100 + 3 * t + SEASON[(int) (t % 4)];
    }

    static QuarterlySeries series(LongStream counts) {
        return new QuarterlySeries(FIRST, counts.boxed().toList());
    }

    @Test
    void aGrowingSeriesGetsAPrognosisUpWhoseIntervalHoldsItAndTheYearThatFollows() {
        QuarterlySeries history = series(LongStream.range(0, 16).map(YearPrognosisTest::growing));
        long lastYear = LongStream.range(12, 16).map(YearPrognosisTest::growing).sum();
        long nextYear = LongStream.range(16, 20).map(YearPrognosisTest::growing).sum();

        YearPrognosis p = YearPrognosis.of(history).orElseThrow();

        assertThat(p.lastYear()).isEqualTo(lastYear);
        assertThat(p.from()).isEqualTo("2026-Q1");
        assertThat(p.to()).isEqualTo("2026-Q4");
        assertThat(p.percent()).isPositive();
        assertThat(p.percentLower80()).isLessThan(p.percent());
        assertThat(p.percentUpper80()).isGreaterThan(p.percent());
        assertThat(nextYear).isBetween(p.lower80(), p.upper80());
        long actualChange = Math.round(100.0 * nextYear / lastYear - 100);
        assertThat(actualChange).isBetween(p.percentLower80(), p.percentUpper80());
    }

    @Test
    void theForecasterDeclinesAShortOrSmallSeriesSoThereIsNoFigure() {
        assertThat(YearPrognosis.of(series(LongStream.range(0, 8).map(YearPrognosisTest::growing)))).isEmpty();
        // three years, but the last quarter has 9 vacancies: below the disclosure floor of 10
        assertThat(YearPrognosis.of(series(LongStream.range(0, 12).map(t -> t == 11 ? 9 : 40)))).isEmpty();
    }

    @Test
    void theYearIsTheSumOfItsQuartersAndItsIntervalAddsTheirHalfWidths() {
        QuarterlySeries history = series(LongStream.range(0, 12).map(t -> 25));   // last year: 100 vacancies
        Period q = FIRST;
        for (int i = 0; i < 12; i++) {
            q = q.next();
        }
        var points = new ArrayList<ForecastPoint>();
        double[] means = {20, 30, 25, 35};
        double[] halfWidths = {4, 5, 6, 5};
        for (int h = 1; h <= 4; h++, q = q.next()) {
            double m = means[h - 1];
            double w = halfWidths[h - 1];
            points.add(new ForecastPoint(q, h, m, m - w, m + w, m - 2 * w, m + 2 * w));
        }

        YearPrognosis p = YearPrognosis.of(history, points);

        assertThat(p.expected()).isEqualTo(110);
        assertThat(p.lower80()).isEqualTo(90);
        assertThat(p.upper80()).isEqualTo(130);
        assertThat(List.of(p.percent(), p.percentLower80(), p.percentUpper80())).containsExactly(10L, -10L, 30L);
        assertThat(p.from()).isEqualTo("2025-Q1");
        assertThat(p.to()).isEqualTo("2025-Q4");
    }

    /**
     * The sum's interval takes the quarters' errors as perfectly correlated, the widest case; on simulated local-level
     * seasonal series (as CombinedForecastTest's, around 100 vacancies, 16 quarters, level smoothing 0.2 and 0.5) it
     * must cover at least the 80 % it claims, and not so much that it says nothing. The line printed also gives what
     * errors taken as independent would cover (the narrow end), for docs/lmi.md.
     */
    @Test
    void onSimulatedSeriesTheYearIntervalCoversAtLeastWhatItSays() {
        for (double alpha : new double[] {0.2, 0.5}) {
            Random random = new Random(19);
            int runs = 300;
            int covered = 0;
            int coveredIfIndependent = 0;
            for (int i = 0; i < runs; i++) {
                double level = 100;
                double[] season = {-12, 4, 16, -8};
                List<Long> y = new ArrayList<>();
                for (int t = 0; t < 20; t++) {
                    double e = 8 * random.nextGaussian();
                    y.add(Math.max(0, Math.round(level + season[t % 4] + e)));
                    level += alpha * e;
                    season[t % 4] += 0.1 * e;
                }
                QuarterlySeries history = new QuarterlySeries(FIRST, y.subList(0, 16));
                YearPrognosis p = YearPrognosis.of(history).orElseThrow();
                long actual = y.subList(16, 20).stream().mapToLong(Long::longValue).sum();
                covered += actual >= p.lower80() && actual <= p.upper80() ? 1 : 0;
                List<ForecastPoint> points = DemandForecaster.forecast(history, 4).orElseThrow().points();
                double mean = points.stream().mapToDouble(ForecastPoint::mean).sum();
                double halfWidth = Math.sqrt(points.stream().mapToDouble(q -> Math.pow(q.upper80() - q.mean(), 2)).sum());
                coveredIfIndependent += Math.abs(actual - mean) <= halfWidth ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "YEAR-INTERVAL alpha=%.1f runs=%d covers=%.1f%% (if independent: %.1f%%)%n",
                    alpha, runs, 100.0 * covered / runs, 100.0 * coveredIfIndependent / runs);
            assertThat((double) covered / runs).as("80 %% interval of the year, alpha %s", alpha).isBetween(0.80, 0.99);
        }
    }
}
