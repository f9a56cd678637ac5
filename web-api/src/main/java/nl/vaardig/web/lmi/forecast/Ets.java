package nl.vaardig.web.lmi.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * Additive-error exponential smoothing with additive (optionally damped) trend and additive season,
 * ETS(A,A,A) / ETS(A,Ad,A), in the state-space form of Hyndman, Koehler, Ord &amp; Snyder (2008), ch. 2 and 6:
 * <pre>
 *   ŷ_t = l_{t-1} + φ b_{t-1} + s_{t-m}        e_t = y_t − ŷ_t
 *   l_t = l_{t-1} + φ b_{t-1} + α e_t
 *   b_t = φ b_{t-1} + β e_t
 *   s_t = s_{t-m} + γ e_t
 * </pre>
 * Forecast ŷ_{n+h|n} = l_n + φ_h b_n + s_{n+h−m(k+1)} with φ_h = φ + … + φ^h; the model is linear (class 1), so
 * the h-step forecast variance is σ²(1 + Σ_{j=1}^{h−1} c_j²) with c_j = α + β φ_j + γ [j ≡ 0 mod m].
 */
public final class Ets {

    private Ets() {
    }

    /** One-step run over the data: the errors and the final state. */
    public record Run(double[] errors, EtsState state) {
        public double sse() {
            double s = 0;
            for (double e : errors) {
                s += e * e;
            }
            return s;
        }
    }

    /**
     * Initial state from the first two seasons (classical decomposition): level and trend from the two seasonal
     * means, season from the detrended first season, normalised to sum to zero. Needs at least 2m observations.
     */
    public static EtsState initialState(double[] y, int m) {
        if (y.length < 2 * m) {
            throw new IllegalArgumentException("initialising a seasonal model needs two full seasons, got " + y.length);
        }
        double first = mean(y, 0, m);
        double second = mean(y, m, 2 * m);
        double trend = (second - first) / m;
        // the first season's mean sits at time (m + 1) / 2; the level is taken back to time 0
        double level = first - trend * (m + 1) / 2.0;
        double[] season = new double[m];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            season[i] = y[i] - (level + trend * (i + 1));
            sum += season[i];
        }
        for (int i = 0; i < m; i++) {
            season[i] -= sum / m;
        }
        return new EtsState(level, trend, season, 0);
    }

    /**
     * Initial state from all the data (classical additive decomposition, as Hyndman et al. 2008, §2.6.1): the season
     * is the mean deviation of each season position from a centred moving average of one season (2×m for even m),
     * normalised to sum to zero; level and trend are the least-squares line through the first two seasons with the
     * season removed, taken back to time 0. Steadier than {@link #initialState} on short noisy counts, because every
     * season contributes to the seasonal pattern. Needs at least 2m observations.
     */
    public static EtsState decompositionState(double[] y, int m) {
        if (y.length < 2 * m) {
            throw new IllegalArgumentException("initialising a seasonal model needs two full seasons, got " + y.length);
        }
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t + half < y.length; t++) {
            double ma = 0;
            if (m % 2 == 0) {
                for (int j = t - half + 1; j < t + half; j++) {
                    ma += y[j];
                }
                ma = (ma + 0.5 * (y[t - half] + y[t + half])) / m;
            } else {
                for (int j = t - half; j <= t + half; j++) {
                    ma += y[j];
                }
                ma /= m;
            }
            sum[t % m] += y[t] - ma;
            count[t % m]++;
        }
        double[] season = new double[m];
        double mean = 0;
        for (int i = 0; i < m; i++) {
            season[i] = count[i] == 0 ? 0 : sum[i] / count[i];
            mean += season[i] / m;
        }
        for (int i = 0; i < m; i++) {
            season[i] -= mean;
        }
        // least squares of y_t − s_t on t = 1 … 2m
        int n = 2 * m;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int i = 0; i < n; i++) {
            double t = i + 1;
            double v = y[i] - season[i % m];
            st += t;
            sy += v;
            stt += t * t;
            sty += t * v;
        }
        double trend = (n * sty - st * sy) / (n * stt - st * st);
        double level = (sy - trend * st) / n;
        return new EtsState(level, trend, season, 0);
    }

    /** Runs the recursions from {@code start} over all of {@code y}. */
    public static Run run(double[] y, EtsState start, EtsParameters p) {
        int m = start.season().length;
        double[] season = start.season();
        double level = start.level();
        double trend = start.trend();
        double[] errors = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int k = (start.observations() + i) % m;
            double e = y[i] - (level + p.phi() * trend + season[k]);
            errors[i] = e;
            double newLevel = level + p.phi() * trend + p.alpha() * e;
            trend = p.phi() * trend + p.beta() * e;
            level = newLevel;
            season[k] += p.gamma() * e;
        }
        return new Run(errors, new EtsState(level, trend, season, start.observations() + y.length));
    }

    /** Point forecasts for h = 1…horizon. */
    public static double[] mean(EtsState s, EtsParameters p, int horizon) {
        double[] out = new double[horizon];
        double phiH = 0;
        double power = 1;
        for (int h = 1; h <= horizon; h++) {
            power *= p.phi();
            phiH += power;
            out[h - 1] = s.level() + phiH * s.trend() + s.seasonAhead(h);
        }
        return out;
    }

    /** Forecast variances for h = 1…horizon, given the one-step variance σ². */
    public static double[] variance(EtsParameters p, int m, double sigma2, int horizon) {
        List<Double> c = new ArrayList<>();
        double phiJ = 0;
        double power = 1;
        for (int j = 1; j < horizon; j++) {
            power *= p.phi();
            phiJ += power;
            c.add(p.alpha() + p.beta() * phiJ + (j % m == 0 ? p.gamma() : 0));
        }
        double[] out = new double[horizon];
        double sum = 1;
        for (int h = 1; h <= horizon; h++) {
            out[h - 1] = sigma2 * sum;
            if (h - 1 < c.size()) {
                sum += c.get(h - 1) * c.get(h - 1);
            }
        }
        return out;
    }

    private static double mean(double[] y, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += y[i];
        }
        return s / (to - from);
    }
}
