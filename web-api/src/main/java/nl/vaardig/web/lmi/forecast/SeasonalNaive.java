package nl.vaardig.web.lmi.forecast;

import java.util.Arrays;

/**
 * Seasonal naive ("same quarter last year"): ŷ_{n+h} = y_{n+h−m(k+1)}, k = ⌊(h−1)/m⌋. As a seasonal random walk its
 * h-step variance is σ² (k + 1), σ² the mean squared seasonal difference y_t − y_{t−m} of the history (Hyndman &amp;
 * Athanasopoulos, Forecasting: Principles and Practice, §5.5); nothing is fitted, so nothing is subtracted from n.
 */
public record SeasonalNaive(double[] lastSeason, double sigma2) {

    public SeasonalNaive {
        if (lastSeason.length < 2 || !(sigma2 >= 0)) {
            throw new IllegalArgumentException("seasonal naive needs a season of at least 2 and a variance >= 0");
        }
        lastSeason = lastSeason.clone();
    }

    /** From a history of at least two seasons (one to difference against). */
    public static SeasonalNaive of(double[] y, int m) {
        if (y.length < 2 * m) {
            throw new IllegalArgumentException("seasonal naive needs two full seasons, got " + y.length);
        }
        double sum = 0;
        for (int t = m; t < y.length; t++) {
            double d = y[t] - y[t - m];
            sum += d * d;
        }
        return new SeasonalNaive(Arrays.copyOfRange(y, y.length - m, y.length), sum / (y.length - m));
    }

    public int period() {
        return lastSeason.length;
    }

    public double[] mean(int horizon) {
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = lastSeason[(h - 1) % lastSeason.length];
        }
        return out;
    }

    public double[] variance(int horizon) {
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = sigma2 * ((h - 1) / lastSeason.length + 1);
        }
        return out;
    }

    @Override
    public double[] lastSeason() {
        return lastSeason.clone();
    }
}
