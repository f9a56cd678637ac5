package nl.vaardig.matching.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * Which timed searches had a garbage collection inside them: the collection count of every collector before and
 * after a search. A pause shows in wall clock, not in the search thread's CPU time, so the wall p99 of the searches
 * without a collection next to the one of all searches says how much of the tail is the collector.
 */
final class GcPauses {

    private final List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
    private final Latencies withoutGc;
    private int withGc;
    private long collectionsAtStart;
    private long millisAtStart;
    private long collections;
    private long millis;

    GcPauses(int capacity) {
        withoutGc = new Latencies(capacity);
    }

    /** The collections so far, to hand to {@link #add}. */
    long count() {
        long n = 0;
        for (GarbageCollectorMXBean b : beans) {
            n += Math.max(0, b.getCollectionCount());
        }
        return n;
    }

    private long totalMillis() {
        long t = 0;
        for (GarbageCollectorMXBean b : beans) {
            t += Math.max(0, b.getCollectionTime());
        }
        return t;
    }

    /** Starts counting the collections of a timed phase. */
    void start() {
        collectionsAtStart = count();
        millisAtStart = totalMillis();
    }

    /** One search of {@code wallNanos}, begun when {@link #count} was {@code before}. */
    void add(long before, long wallNanos) {
        if (count() != before) {
            withGc++;
        } else {
            withoutGc.add(wallNanos);
        }
    }

    /** Ends the phase. */
    void stop() {
        collections = count() - collectionsAtStart;
        millis = totalMillis() - millisAtStart;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d collections (%d ms) in the phase, %d searches with one inside; wall without: %s",
                collections, millis, withGc, withoutGc);
    }
}
