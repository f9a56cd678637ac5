package nl.vaardig.web.outlook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vaardig.web.lmi.forecast.DemandForecaster;
import nl.vaardig.web.lmi.forecast.ForecastPoint;
import nl.vaardig.web.lmi.trend.QuarterlySeries;

/**
 * The PROGNOSIS of a skill's demand for the coming year: expected open vacancies summed over the next 4 quarters
 * against the last 4 finished ones, as a change in percent with its 80 % interval.
 *
 * <p>The interval of the sum adds the per-quarter half-widths, i.e. it takes the forecast errors of the four quarters
 * as perfectly correlated. That is the widest the sum's standard deviation can be whatever the correlation
 * (Cauchy–Schwarz: sd(Σe) ≤ Σ sd(e)); the forecaster only reports per-quarter variances, and the models' errors are
 * correlated between 0 (seasonal naive within a year) and nearly 1 (ETS with a high α), so it is conservative on
 * purpose. Lower bound cut at zero vacancies (−100 %).
 */
public record YearPrognosis(String from, String to, long lastYear, long expected, long lower80, long upper80,
                            long percent, long percentLower80, long percentUpper80) {

    static final int QUARTERS = 4;

    public YearPrognosis {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (lastYear < 1 || !(0 <= lower80 && lower80 <= expected && expected <= upper80)
                || !(percentLower80 <= percent && percent <= percentUpper80)) {
            throw new IllegalArgumentException("a year prognosis needs a base year and an interval around its figure");
        }
    }

    /**
     * Empty when the forecaster declines (its own rule: under three years of quarters or fewer than 10 vacancies in
     * one of the last four), so no figure ever rests on a quarter of fewer than 10 vacancies.
     */
    public static Optional<YearPrognosis> of(QuarterlySeries series) {
        return DemandForecaster.forecast(series, QUARTERS).map(p -> of(series, p.points()));
    }

    static YearPrognosis of(QuarterlySeries series, List<ForecastPoint> points) {
        long lastYear = 0;
        for (int i = series.size() - QUARTERS; i < series.size(); i++) {
            lastYear += series.count(i);
        }
        double mean = 0;
        double halfWidth = 0;
        for (ForecastPoint p : points) {
            mean += p.mean();
            halfWidth += p.upper80() - p.mean();
        }
        double lower = Math.max(0, mean - halfWidth);
        double upper = mean + halfWidth;
        return new YearPrognosis(points.getFirst().quarter().key(), points.getLast().quarter().key(), lastYear,
                Math.round(mean), Math.round(lower), Math.round(upper),
                change(mean, lastYear), change(lower, lastYear), change(upper, lastYear));
    }

    private static long change(double value, long base) {
        return Math.round(100 * (value / base - 1));
    }
}
