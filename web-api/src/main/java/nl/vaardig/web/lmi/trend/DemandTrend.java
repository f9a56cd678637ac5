package nl.vaardig.web.lmi.trend;

import java.util.Objects;
import nl.vaardig.web.lmi.Period;

/**
 * The demand trend of one skill or occupation in one region: growing, stable or shrinking with its year-on-year
 * figure, or not enough data. See {@link TrendClassifier} for the rules and docs/lmi.md for the thresholds.
 */
public sealed interface DemandTrend {

    /**
     * The comparison behind a class: open vacancies in the quarters {@code from}–{@code to} against the same quarters
     * one year earlier (year-on-year, so a season cannot pass for a trend).
     */
    record Comparison(Period from, Period to, long current, long yearBefore) {
        public Comparison {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.compareTo(to) > 0 || current < 0 || yearBefore <= 0) {
                throw new IllegalArgumentException("a comparison needs from <= to and a positive base");
            }
        }

        /** Relative change, e.g. 0.18 for +18 % in a year. */
        public double change() {
            return (current - yearBefore) / (double) yearBefore;
        }

        /** Whole per cent, rounded half away from zero (+18, −7). */
        public long percent() {
            return Math.round(change() * 100);
        }

        /** Number of quarters compared on each side. */
        public int quarters() {
            return (int) from.distanceTo(to) + 1;
        }
    }

    record Growing(Comparison comparison) implements DemandTrend {
        public Growing {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    record Stable(Comparison comparison) implements DemandTrend {
        public Stable {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    record Shrinking(Comparison comparison) implements DemandTrend {
        public Shrinking {
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** Too little history or too few vacancies to say anything; carries no figure at all. */
    record NotEnoughData(Reason reason) implements DemandTrend {
        public enum Reason { TOO_FEW_QUARTERS, TOO_FEW_VACANCIES }

        public NotEnoughData {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
