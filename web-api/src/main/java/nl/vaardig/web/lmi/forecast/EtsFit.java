package nl.vaardig.web.lmi.forecast;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * A fitted ETS(A,A,A) or ETS(A,Ad,A): smoothing parameters chosen by minimising the one-step sum of squared errors
 * (BOBYQA, bounded; outside 0 ≤ β ≤ α, γ ≤ 1 − α a penalty), initial states from the first two seasons
 * ({@link Ets#initialState}). σ² = SSE / (n − k), k the number of fitted smoothing parameters.
 */
public record EtsFit(EtsParameters parameters, EtsState state, double sigma2, int observations, int period) {

    /** Damping is kept in [0.8, 0.98] as in Hyndman et al. (2008): below that the trend vanishes within a season. */
    static final double PHI_MIN = 0.8;
    static final double PHI_MAX = 0.98;
    private static final double EDGE = 1e-4;

    /** Observations needed at least: two seasons for the initial state and one more to fit on. */
    public static int minimumObservations(int period) {
        return 3 * period;
    }

    public static EtsFit fit(double[] y, int period, boolean damped) {
        if (y.length < minimumObservations(period)) {
            throw new IllegalArgumentException("a seasonal fit needs at least " + minimumObservations(period)
                    + " observations, got " + y.length);
        }
        EtsState start = Ets.initialState(y, period);
        MultivariateFunction sse = x -> {
            double alpha = x[0];
            double beta = x[1];
            double gamma = x[2];
            double phi = damped ? x[3] : 1;
            double excess = Math.max(0, beta - alpha) + Math.max(0, gamma - (1 - alpha));
            if (excess > 0) {
                // outside the usual region: a smooth wall, steeper than any SSE inside
                return 1e12 * (1 + excess);
            }
            return Ets.run(y, start, new EtsParameters(alpha, beta, gamma, phi)).sse();
        };
        double[] lower = damped ? new double[] {EDGE, 0, 0, PHI_MIN} : new double[] {EDGE, 0, 0};
        double[] upper = damped ? new double[] {1 - EDGE, 1 - EDGE, 1 - EDGE, PHI_MAX} : new double[] {1 - EDGE, 1 - EDGE, 1 - EDGE};
        double[] guess = damped ? new double[] {0.3, 0.03, 0.1, 0.95} : new double[] {0.3, 0.03, 0.1};
        var optimizer = new BOBYQAOptimizer(2 * guess.length + 1, 0.1, 1e-6);
        PointValuePair best = optimizer.optimize(new MaxEval(4000), new ObjectiveFunction(sse), GoalType.MINIMIZE,
                new InitialGuess(guess), new SimpleBounds(lower, upper));
        double[] x = best.getPoint();
        var parameters = new EtsParameters(x[0], Math.min(x[1], x[0]), Math.min(x[2], 1 - x[0]), damped ? x[3] : 1);
        Ets.Run run = Ets.run(y, start, parameters);
        int k = damped ? 4 : 3;
        return new EtsFit(parameters, run.state(), run.sse() / Math.max(1, y.length - k), y.length, period);
    }

    public double[] mean(int horizon) {
        return Ets.mean(state, parameters, horizon);
    }

    public double[] variance(int horizon) {
        return Ets.variance(parameters, period, sigma2, horizon);
    }
}
