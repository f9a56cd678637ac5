package nl.vaardig.web.lmi.forecast;

import java.util.Objects;
import nl.vaardig.web.lmi.Period;

/**
 * A PROGNOSIS of open vacancies in one future quarter, with its 80 % and 95 % prediction intervals (normal, from
 * the forecast's variance — for the combination the mean of its parts' variances; cut at zero, since demand is
 * never negative).
 */
public record ForecastPoint(Period quarter, int horizon, double mean, double lower80, double upper80,
                            double lower95, double upper95) {

    public ForecastPoint {
        Objects.requireNonNull(quarter, "quarter");
        if (horizon < 1 || !(lower95 <= lower80 && lower80 <= mean && mean <= upper80 && upper80 <= upper95)) {
            throw new IllegalArgumentException("a forecast point needs horizon >= 1 and nested intervals around its mean");
        }
    }

    public boolean within80(double actual) {
        return actual >= lower80 && actual <= upper80;
    }

    public boolean within95(double actual) {
        return actual >= lower95 && actual <= upper95;
    }
}
