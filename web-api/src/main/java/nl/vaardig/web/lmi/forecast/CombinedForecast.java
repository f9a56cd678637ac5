package nl.vaardig.web.lmi.forecast;

/**
 * The equal-weight mean of three forecasts of one series: ETS(A,N,A), ETS(A,Ad,A) and seasonal naive. Averaging
 * instead of picking one model is the best-documented way to beat the parts (Bates &amp; Granger 1969; Clemen 1989;
 * the M3 and M4 competitions, whose "Comb" benchmark is such a mean; Kolassa 2011 for combining rather than selecting
 * exponential-smoothing models by an information criterion): the errors of the parts are not fully correlated, so the
 * mean is on average closer than the typical part. Equal weights, because weights estimated on 12–24 quarters are
 * noisier than the gain they promise (the "forecast combination puzzle", Smith &amp; Wallis 2009).
 * <p>
 * The variance is the mean of the parts' variances. For the mean of three errors Var = (1/9) Σ_ij cov_ij ≤ (1/3) Σ_i σ²_i
 * (equality only when the errors are perfectly correlated), so this bounds the combination's variance from above; it
 * also leaves room for what the parts' closed forms ignore, the uncertainty of the fitted parameters. Its coverage is
 * measured per horizon in the backtest (docs/lmi.md), not derived.
 */
public record CombinedForecast(EtsFit flat, EtsFit damped, SeasonalNaive naive) {

    public static final String METHOD = "mean(ETS(A,N,A), ETS(A,Ad,A), SNAIVE)";

    public CombinedForecast {
        if (flat.trend() != EtsFit.Trend.NONE || damped.trend() != EtsFit.Trend.DAMPED) {
            throw new IllegalArgumentException("the combination is of ETS(A,N,A) and ETS(A,Ad,A)");
        }
        if (flat.period() != naive.period() || damped.period() != naive.period()) {
            throw new IllegalArgumentException("the parts of a combination share one season");
        }
    }

    /** Fits both ETS models and the seasonal-naive variance on {@code y} (at least {@link EtsFit#minimumObservations}). */
    public static CombinedForecast fit(double[] y, int period) {
        return new CombinedForecast(EtsFit.fit(y, period, EtsFit.Trend.NONE), EtsFit.fit(y, period, EtsFit.Trend.DAMPED),
                SeasonalNaive.of(y, period));
    }

    /** ETS(A,N,A) or ETS(A,Ad,A), whichever has the lower AICc: the single model the forecaster used before. */
    public EtsFit selected() {
        return damped.aicc() < flat.aicc() ? damped : flat;
    }

    public double[] mean(int horizon) {
        return average(flat.mean(horizon), damped.mean(horizon), naive.mean(horizon));
    }

    public double[] variance(int horizon) {
        return average(flat.variance(horizon), damped.variance(horizon), naive.variance(horizon));
    }

    private static double[] average(double[] a, double[] b, double[] c) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (a[i] + b[i] + c[i]) / 3;
        }
        return out;
    }
}
