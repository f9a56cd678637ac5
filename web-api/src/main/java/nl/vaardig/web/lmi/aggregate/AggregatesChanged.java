package nl.vaardig.web.lmi.aggregate;

import java.util.Set;
import nl.vaardig.web.lmi.Period;

/**
 * Aggregate cells of these periods changed (published inside the writing transaction; readers act after it commits).
 * {@code everything} for bulk loads, which also label the data set.
 */
public record AggregatesChanged(Set<Period> periods, boolean everything) {

    public AggregatesChanged {
        periods = Set.copyOf(periods);
    }

    public static AggregatesChanged of(Set<Period> periods) {
        return new AggregatesChanged(periods, false);
    }

    public static AggregatesChanged all() {
        return new AggregatesChanged(Set.of(), true);
    }

    /** True when a figure read from any of these periods may have changed. */
    public boolean touchesAny(Period... read) {
        if (everything) {
            return true;
        }
        for (Period p : read) {
            if (periods.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
