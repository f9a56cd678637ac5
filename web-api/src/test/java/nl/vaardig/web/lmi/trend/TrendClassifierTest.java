package nl.vaardig.web.lmi.trend;

import java.util.List;
import nl.vaardig.web.lmi.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendClassifierTest {

    static final Period Q1_2024 = Period.parse("2024-Q1");

    static QuarterlySeries series(Long... counts) {
        return new QuarterlySeries(Q1_2024, List.of(counts));
    }

    @Test
    void aRisingSeriesIsGrowingWithItsYearOnYearFigureAndPeriod() {
        // 2024: 400 vacancies; 2025: 472 → +18 %
        DemandTrend trend = TrendClassifier.classify(series(90L, 100L, 105L, 105L, 106L, 118L, 124L, 124L));

        assertThat(trend).isInstanceOf(DemandTrend.Growing.class);
        DemandTrend.Comparison c = ((DemandTrend.Growing) trend).comparison();
        assertThat(c.percent()).isEqualTo(18);
        assertThat(c.current()).isEqualTo(472);
        assertThat(c.yearBefore()).isEqualTo(400);
        assertThat(c.from()).isEqualTo(Period.parse("2025-Q1"));
        assertThat(c.to()).isEqualTo(Period.parse("2025-Q4"));
        assertThat(c.quarters()).isEqualTo(4);
    }

    @Test
    void aStrongSeasonWithoutTrendIsStableThoughTheLastQuarterIsFarAboveTheOneBefore() {
        // summer peak every year: Q3 is twice Q2, but each quarter equals its year-earlier quarter
        DemandTrend trend = TrendClassifier.classify(series(60L, 100L, 200L, 80L, 61L, 99L, 201L, 80L));

        assertThat(trend).isInstanceOf(DemandTrend.Stable.class);
        assertThat(((DemandTrend.Stable) trend).comparison().percent()).isZero();
    }

    @Test
    void aFallingSeriesIsShrinking() {
        DemandTrend trend = TrendClassifier.classify(series(200L, 210L, 190L, 200L, 170L, 175L, 160L, 165L));

        assertThat(trend).isInstanceOf(DemandTrend.Shrinking.class);
        assertThat(((DemandTrend.Shrinking) trend).comparison().percent()).isEqualTo(-16);
    }

    @Test
    void aSmallSeriesHasNotEnoughDataAndNoFigure() {
        DemandTrend trend = TrendClassifier.classify(series(1L, 2L, 3L, 2L, 2L, 3L, 2L, 2L));

        assertThat(trend).isEqualTo(new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_VACANCIES));
    }

    @Test
    void aNineToTwentyJumpIsNotShownBecauseTheBaseRestsOnFewerThanTen() {
        DemandTrend trend = TrendClassifier.classify(series(2L, 2L, 3L, 2L, 5L, 5L, 5L, 5L));

        assertThat(trend).isInstanceOf(DemandTrend.NotEnoughData.class);
    }

    @Test
    void aLargeRelativeChangeOnSmallCountsWithinCountingNoiseIsStable() {
        // 12 → 15 is +25 %, but √27 ≈ 5.2, and 3 < 2·5.2: noise
        DemandTrend trend = TrendClassifier.classify(series(3L, 3L, 3L, 3L, 4L, 4L, 4L, 3L));

        assertThat(trend).isInstanceOf(DemandTrend.Stable.class);
        assertThat(((DemandTrend.Stable) trend).comparison().percent()).isEqualTo(25);
    }

    @Test
    void withSixQuartersTheLastTwoAreComparedWithTheSameTwoAYearEarlier() {
        DemandTrend trend = TrendClassifier.classify(series(50L, 50L, 300L, 300L, 70L, 70L));

        assertThat(trend).isInstanceOf(DemandTrend.Growing.class);
        DemandTrend.Comparison c = ((DemandTrend.Growing) trend).comparison();
        assertThat(c.quarters()).isEqualTo(2);
        assertThat(c.from()).isEqualTo(Period.parse("2025-Q1"));
        assertThat(c.percent()).isEqualTo(40);
    }

    @Test
    void fourQuartersAreTooFewForAYearOnYearComparison() {
        DemandTrend trend = TrendClassifier.classify(series(100L, 200L, 300L, 400L));

        assertThat(trend).isEqualTo(new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_QUARTERS));
    }

    @Test
    void aSeriesMustStartAtAQuarter() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new QuarterlySeries(Period.parse("2024-03"), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
