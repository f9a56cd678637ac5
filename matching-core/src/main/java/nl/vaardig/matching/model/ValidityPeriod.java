package nl.vaardig.matching.model;

import java.time.LocalDate;
import java.util.Objects;

/** The days a vacancy is open for applications, both inclusive. */
public record ValidityPeriod(LocalDate from, LocalDate until) {

    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a vacancy cannot close (" + until + ") before it opens (" + from + ")");
        }
    }

    public boolean openOn(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
