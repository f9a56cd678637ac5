package nl.vaardig.web.lmi.aggregate;

import java.util.Comparator;
import java.util.Objects;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.Period;

/** One aggregate cell: region × period × dimension value. */
public record CellKey(String region, Period period, Dimension dimension, String key) implements Comparable<CellKey> {

    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::region).thenComparing(CellKey::period)
            .thenComparing(CellKey::dimension).thenComparing(CellKey::key);

    public CellKey {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(key, "key");
    }

    /** Sorted so that concurrent batches lock rows in the same order (no deadlocks). */
    @Override
    public int compareTo(CellKey o) {
        return ORDER.compare(this, o);
    }
}
