package nl.vaardig.taxonomy.dutch;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * The most counted form in one key's tally of forms seen, with its count and the tally's total: what each learnt table
 * of the label generator keeps. Ties go to the form that is last in the given order (by default {@code String}
 * order); the tie order is part of what the shipped labels were generated with, so callers keep theirs.
 */
record Tally(String form, int count, int total) {

    Tally {
        Objects.requireNonNull(form, "form");
        if (count < 1 || total < count) {
            throw new IllegalArgumentException("count " + count + " of total " + total);
        }
    }

    /** The most counted form; ties: the form last in {@code String} order. */
    static Tally mostCounted(Map<String, Integer> counts) {
        return mostCounted(counts, Comparator.naturalOrder());
    }

    /** The most counted form; ties: the form last in {@code tieOrder}. */
    static Tally mostCounted(Map<String, Integer> counts, Comparator<String> tieOrder) {
        if (counts.isEmpty()) {
            throw new IllegalArgumentException("an empty tally has no most counted form");
        }
        String top = null;
        int topCount = 0;
        int total = 0;
        for (var e : counts.entrySet()) {
            int n = e.getValue();
            total += n;
            if (top == null || n > topCount || (n == topCount && tieOrder.compare(e.getKey(), top) > 0)) {
                top = e.getKey();
                topCount = n;
            }
        }
        return new Tally(top, topCount, total);
    }

    double share() {
        return (double) count / total;
    }
}
