package nl.vaardig.matching.engine;

import java.util.Objects;
import nl.vaardig.matching.model.GeoPoint;

/** "Within {@code km} kilometres of {@code from}" (great-circle distance). */
public record Distance(GeoPoint from, double km) {
    public Distance {
        Objects.requireNonNull(from, "from");
        if (!(km > 0 && km <= 500)) {
            throw new IllegalArgumentException("distance must be within (0, 500] km, was " + km);
        }
    }
}
