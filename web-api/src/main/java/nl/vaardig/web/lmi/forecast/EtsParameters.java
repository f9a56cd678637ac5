package nl.vaardig.web.lmi.forecast;

/**
 * Smoothing parameters of ETS(A,A,A) ({@code phi} = 1) or ETS(A,Ad,A) ({@code phi} < 1), in the error-correction
 * form of Hyndman et al. (2008): level α, trend β, season γ, damping φ.
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {

    public EtsParameters {
        if (!(alpha > 0 && alpha < 1) || !(beta >= 0 && beta <= alpha) || !(gamma >= 0 && gamma <= 1 - alpha)
                || !(phi > 0 && phi <= 1)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "ETS parameters outside the usual region 0<α<1, 0≤β≤α, 0≤γ≤1−α, 0<φ≤1: α=%s β=%s γ=%s φ=%s",
                    alpha, beta, gamma, phi));
        }
    }

    public boolean damped() {
        return phi < 1;
    }
}
