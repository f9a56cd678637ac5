package nl.vaardig.web.lmi.forecast;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * A fitted ETS(A,A,A) or ETS(A,Ad,A): smoothing parameters chosen by minimising the one-step sum of squared errors
 * (BOBYQA, bounded; outside 0 ≤ β ≤ α, γ ≤ 1 − α a penalty; Nelder–Mead with the bounds as a penalty when BOBYQA's
 * trust region fails, which it does on some flat objectives), initial states by classical decomposition
 * ({@link Ets#decompositionState}). σ² = SSE / (n − p), p the smoothing parameters and free initial states.
 */
public record EtsFit(Trend trend, EtsParameters parameters, EtsState state, double sse, int observations, int period) {

    /** The trend component: none — ETS(A,N,A), additive — ETS(A,A,A), damped — ETS(A,Ad,A). */
    public enum Trend {
        NONE("ETS(A,N,A)"), ADDITIVE("ETS(A,A,A)"), DAMPED("ETS(A,Ad,A)");

        public final String model;

        Trend(String model) {
            this.model = model;
        }
    }

    /** Damping is kept in [0.8, 0.98] as in Hyndman et al. (2008): below that the trend vanishes within a season. */
    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;
    private static final double EDGE = 1e-4;

    /** Observations needed at least: two seasons for the initial state and one more to fit on. */
    public static int minimumObservations(int period) {
        return 3 * period;
    }

    public static EtsFit fit(double[] y, int period, boolean damped) {
        return fit(y, period, damped ? Trend.DAMPED : Trend.ADDITIVE);
    }

    public static EtsFit fit(double[] y, int period, Trend trend) {
        boolean none = trend == Trend.NONE;
        if (y.length < minimumObservations(period)) {
            throw new IllegalArgumentException("a seasonal fit needs at least " + minimumObservations(period)
                    + " observations, got " + y.length);
        }
        EtsState decomposed = Ets.decompositionState(y, period);
        // without a trend the level starts at the line's value halfway through the first two seasons
        EtsState start = none ? new EtsState(decomposed.level() + decomposed.trend() * (period + 0.5), 0,
                decomposed.season(), 0) : decomposed;
        // the search runs over (α, γ), (α, β, γ) or (α, β, γ, φ); params() maps a point to the model's four
        java.util.function.Function<double[], double[]> params = x -> switch (trend) {
            case NONE -> new double[] {x[0], 0, x[1], 1};
            case ADDITIVE -> new double[] {x[0], x[1], x[2], 1};
            case DAMPED -> new double[] {x[0], x[1], x[2], x[3]};
        };
        double[] lower = switch (trend) {
            case NONE -> new double[] {EDGE, 0};
            case ADDITIVE -> new double[] {EDGE, 0, 0};
            case DAMPED -> new double[] {EDGE, 0, 0, PHI_MIN};
        };
        double[] upper = switch (trend) {
            case NONE -> new double[] {1 - EDGE, 1 - EDGE};
            case ADDITIVE -> new double[] {1 - EDGE, 1 - EDGE, 1 - EDGE};
            case DAMPED -> new double[] {1 - EDGE, 1 - EDGE, 1 - EDGE, PHI_MAX};
        };
        double[] guess = switch (trend) {
            case NONE -> new double[] {0.3, 0.1};
            case ADDITIVE -> new double[] {0.3, 0.03, 0.1};
            case DAMPED -> new double[] {0.3, 0.03, 0.1, 0.95};
        };
        MultivariateFunction sse = x -> {
            double[] q = params.apply(x);
            double excess = Math.max(0, q[1] - q[0]) + Math.max(0, q[2] - (1 - q[0]));
            for (int i = 0; i < x.length; i++) {
                excess += Math.max(0, lower[i] - x[i]) + Math.max(0, x[i] - upper[i]);
            }
            if (excess > 0) {
                // outside the usual region: a wall, steeper than any SSE inside
                return 1e12 * (1 + excess);
            }
            return Ets.run(y, start, new EtsParameters(q[0], q[1], q[2], q[3])).sse();
        };
        PointValuePair best;
        try {
            best = new BOBYQAOptimizer(2 * guess.length + 1, 0.1, 1e-6).optimize(new MaxEval(4000), new ObjectiveFunction(sse),
                    GoalType.MINIMIZE, new InitialGuess(guess), new SimpleBounds(lower, upper));
        } catch (MathIllegalStateException trustRegionFailed) {
            double[] steps = java.util.Arrays.copyOf(new double[] {0.1, 0.01, 0.05, 0.02}, guess.length);
            if (trend == Trend.NONE) {
                steps[1] = 0.05;
            }
            try {
                best = new SimplexOptimizer(1e-10, 1e-12).optimize(new MaxEval(4000), new ObjectiveFunction(sse),
                        GoalType.MINIMIZE, new InitialGuess(guess), new NelderMeadSimplex(steps));
            } catch (MathIllegalStateException notConverged) {
                // both searches failed on this series: the usual starting values are a valid model too
                best = new PointValuePair(guess, sse.value(guess));
            }
        }
        double[] q = params.apply(best.getPoint());
        var parameters = new EtsParameters(q[0], Math.min(q[1], q[0]), Math.min(q[2], 1 - q[0]), q[3]);
        Ets.Run run = Ets.run(y, start, parameters);
        return new EtsFit(trend, parameters, run.state(), run.sse(), y.length, period);
    }

    /** Fitted smoothing parameters plus free initial states (level, trend, m − 1 seasons), as Hyndman et al. count them. */
    public int parameterCount() {
        int smoothing = switch (trend) {
            case NONE -> 2;
            case ADDITIVE -> 3;
            case DAMPED -> 4;
        };
        return smoothing + 1 + (trend == Trend.NONE ? 0 : 1) + period - 1;
    }

    /** One-step variance σ² = SSE / (n − parameters), as the R forecast package's ets. */
    public double sigma2() {
        return sse / Math.max(1, observations - parameterCount());
    }

    /** Corrected Akaike criterion of the Gaussian likelihood; infinite when there are too few observations for it. */
    public double aicc() {
        int k = parameterCount() + 1;
        if (observations - k - 1 <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double aic = observations * Math.log(Math.max(sse, 1e-12) / observations) + 2.0 * k;
        return aic + 2.0 * k * (k + 1) / (observations - k - 1);
    }

    public double[] mean(int horizon) {
        return Ets.mean(state, parameters, horizon);
    }

    public double[] variance(int horizon) {
        return Ets.variance(parameters, period, sigma2(), horizon);
    }
}
