package nl.vaardig.web.lmi.trend;

import java.util.List;
import java.util.Objects;
import nl.vaardig.web.lmi.Period;

/**
 * Demand (open vacancies) in consecutive finished quarters, oldest first. A quarter without a cell counts as zero, so
 * the caller starts the series at the first quarter the history covers, never earlier.
 */
public record QuarterlySeries(Period first, List<Long> counts) {

    public QuarterlySeries {
        Objects.requireNonNull(first, "first");
        if (first.kind() != Period.Kind.QUARTER) {
            throw new IllegalArgumentException("a quarterly series starts at a quarter, not " + first);
        }
        counts = List.copyOf(counts);
        if (counts.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    public int size() {
        return counts.size();
    }

    public long count(int index) {
        return counts.get(index);
    }

    /** The quarter at a position of the series (0 = first). */
    public Period quarter(int index) {
        Period p = first;
        for (int i = 0; i < index; i++) {
            p = p.next();
        }
        return p;
    }

    public double[] values() {
        return counts.stream().mapToDouble(Long::doubleValue).toArray();
    }
}
