package nl.vaardig.web.lmi.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vaardig.web.lmi.disclosure.DisclosureControl;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.trend.QuarterlySeries;

/**
 * Forecasts quarterly demand (open vacancies) of a skill or occupation in a region as the equal-weight mean of
 * ETS(A,N,A), ETS(A,Ad,A) and seasonal naive ({@link CombinedForecast}), season 4 quarters; the rolling-origin
 * backtest against seasonal naive alone and against the single ETS model chosen by AICc is in docs/lmi.md. No
 * forecast when the history is shorter than three years of quarters or any of its last four quarters has fewer than
 * {@link DisclosureControl#THRESHOLD} vacancies (a forecast would otherwise rest on tiny, noisy counts).
 */
public final class DemandForecaster {

    public static final int PERIOD = 4;
    public static final int MAX_HORIZON = 8;
    /** Standard normal quantiles for the central 80 % and 95 % intervals. */
    static final double Z80 = 1.2815515655446004;
    static final double Z95 = 1.959963984540054;

    private DemandForecaster() {
    }

    public static boolean enoughHistory(QuarterlySeries series) {
        int n = series.size();
        if (n < EtsFit.minimumObservations(PERIOD)) {
            return false;
        }
        for (int i = n - PERIOD; i < n; i++) {
            if (series.count(i) < DisclosureControl.THRESHOLD) {
                return false;
            }
        }
        return true;
    }

    /** The points of a prognosis and the model that made them. */
    public record Prognosis(String model, List<ForecastPoint> points) {
        public Prognosis {
            points = List.copyOf(points);
        }
    }

    public static Optional<Prognosis> forecast(QuarterlySeries series, int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon is 1 to " + MAX_HORIZON + " quarters, not " + horizon);
        }
        if (!enoughHistory(series)) {
            return Optional.empty();
        }
        CombinedForecast combined = CombinedForecast.fit(series.values(), PERIOD);
        return Optional.of(new Prognosis(CombinedForecast.METHOD,
                points(combined.mean(horizon), combined.variance(horizon), series.quarter(series.size() - 1))));
    }

    /** Normal intervals around each mean from its variance; means and lower bounds cut at zero. */
    static List<ForecastPoint> points(double[] mean, double[] variance, Period last) {
        int horizon = mean.length;
        var out = new ArrayList<ForecastPoint>();
        Period quarter = last;
        for (int h = 1; h <= horizon; h++) {
            quarter = quarter.next();
            double m = Math.max(0, mean[h - 1]);
            double sd = Math.sqrt(variance[h - 1]);
            out.add(new ForecastPoint(quarter, h, m, Math.max(0, m - Z80 * sd), m + Z80 * sd,
                    Math.max(0, m - Z95 * sd), m + Z95 * sd));
        }
        return out;
    }
}
