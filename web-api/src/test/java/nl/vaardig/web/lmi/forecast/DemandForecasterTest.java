package nl.vaardig.web.lmi.forecast;

import java.util.List;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.trend.QuarterlySeries;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DemandForecasterTest {

    static final Period Q1_2022 = Period.parse("2022-Q1");

    @Test
    void aSeasonalSeriesGetsEightQuartersOfPrognosisWithNestedIntervalsThatWidenWithTheHorizon() {
        var series = new QuarterlySeries(Q1_2022, List.of(50L, 80L, 120L, 60L, 55L, 85L, 126L, 64L, 57L, 90L, 131L, 66L,
                60L, 94L, 137L, 70L));

        DemandForecaster.Prognosis prognosis = DemandForecaster.forecast(series, 8).orElseThrow();
        List<ForecastPoint> points = prognosis.points();

        assertThat(points).hasSize(8);
        assertThat(points.getFirst().quarter()).isEqualTo(Period.parse("2026-Q1"));
        assertThat(points.getLast().quarter()).isEqualTo(Period.parse("2027-Q4"));
        assertThat(points.get(2).mean()).as("Q3 stays the peak").isGreaterThan(points.get(1).mean());
        double width1 = points.getFirst().upper95() - points.getFirst().lower95();
        double width8 = points.getLast().upper95() - points.getLast().lower95();
        assertThat(width8).isGreaterThan(width1);
        assertThat(points.getFirst().upper80()).isLessThan(points.getFirst().upper95());
        assertThat(prognosis.model()).isEqualTo(CombinedForecast.METHOD);
    }

    @Test
    void thePrognosisIsTheCombinationsMeanWithNormalIntervalsFromItsVariance() {
        var series = new QuarterlySeries(Q1_2022, List.of(50L, 80L, 120L, 60L, 55L, 85L, 126L, 64L, 57L, 90L, 131L, 66L,
                60L, 94L, 137L, 70L));
        CombinedForecast c = CombinedForecast.fit(series.values(), DemandForecaster.PERIOD);

        List<ForecastPoint> points = DemandForecaster.forecast(series, 4).orElseThrow().points();

        for (ForecastPoint p : points) {
            double mean = c.mean(4)[p.horizon() - 1];
            double sd = Math.sqrt(c.variance(4)[p.horizon() - 1]);
            assertThat(p.mean()).isCloseTo(mean, within(1e-9));
            assertThat(p.upper80() - p.mean()).isCloseTo(1.2815515655446004 * sd, within(1e-9));
            assertThat(p.upper95() - p.mean()).isCloseTo(1.959963984540054 * sd, within(1e-9));
        }
    }

    @Test
    void twoYearsOfQuartersAreTooShortForASeasonalForecast() {
        var series = new QuarterlySeries(Q1_2022, List.of(50L, 80L, 120L, 60L, 55L, 85L, 126L, 64L));

        assertThat(DemandForecaster.forecast(series, 4)).isEmpty();
    }

    @Test
    void aSeriesWithALastQuarterBelowTenVacanciesGetsNoForecast() {
        var series = new QuarterlySeries(Q1_2022, List.of(20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L, 20L,
                20L, 20L, 20L, 9L));

        assertThat(DemandForecaster.forecast(series, 4)).isEmpty();
    }

    @Test
    void theHorizonIsOneToEightQuarters() {
        var series = new QuarterlySeries(Q1_2022, List.of(1L));
        assertThatThrownBy(() -> DemandForecaster.forecast(series, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
