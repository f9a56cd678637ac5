package nl.vaardig.web.lmi.read;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.vaardig.web.lmi.aggregate.AggregatesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Figures read from the aggregates, kept until a committed write touches what they were read from (issue 16: the
 * regio dashboard's summary read the same cells up to six times per call, and the aggregates change only when
 * vacancies or profiles do). Each entry says which changes make it stale. A value computed while such a change
 * committed is handed out but not kept: the read may have seen the cells before it. Only this instance's commits are
 * seen (the aggregating consumers share one group across instances), so an entry is also read again after
 * {@code vaardig.lmi.cache-max-age} (5 s, like the tombstone recheck): another instance shows a change within that.
 * <p>
 * A kept value asked for in the second half of its age is handed out and read again in the background (once per key
 * at a time), so a figure in steady use never expires under its readers: before, every reader of the regio summary
 * in the request after its 5 s were up waited for its 16 statements, the step's p99 at 200 users (issue 16).
 */
@Component
public class LmiReadCache {

    private static final Logger log = LoggerFactory.getLogger(LmiReadCache.class);

    /** Entries kept at most; past it the cache starts empty again (35 regions × periods × two languages fit). */
    static final int MAX_ENTRIES = 4_096;
    /** Changes remembered to judge values computed meanwhile; a read that outlived more is not kept. */
    private static final int RECENT_CHANGES = 256;

    private record Entry(Object value, Predicate<AggregatesChanged> staleAfter, long keptAt) {
    }

    private record Change(long seq, AggregatesChanged what) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final ArrayDeque<Change> recent = new ArrayDeque<>(); // guarded by this
    private long seq; // guarded by this
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private final Executor refresher;
    private final Set<Object> refreshing = ConcurrentHashMap.newKeySet();

    @Autowired
    LmiReadCache(@Value("${vaardig.lmi.cache-max-age:PT5S}") Duration maxAge) {
        this(maxAge, System::nanoTime, task -> Thread.ofVirtual().name("lmi-cache-refresh").start(task));
    }

    LmiReadCache(Duration maxAge, LongSupplier nanoClock, Executor refresher) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
        this.refresher = refresher;
    }

    /**
     * The kept value of {@code key}, or {@code compute}'s, kept until a change for which {@code staleAfter} (given the
     * value) holds.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Function<? super T, Predicate<AggregatesChanged>> staleAfter, Supplier<T> compute) {
        Entry kept = entries.get(key);
        long age = kept == null ? Long.MAX_VALUE : nanoClock.getAsLong() - kept.keptAt();
        if (age < maxAgeNanos) {
            if (age >= maxAgeNanos / 2 && refreshing.add(key)) {
                refresher.execute(() -> {
                    try {
                        read(key, staleAfter, compute);
                    } catch (RuntimeException e) {
                        // the kept value expires as before; the reader after its max age reads it and sees any error
                        log.debug("LMI figure {} not read again in the background", key, e);
                    } finally {
                        refreshing.remove(key);
                    }
                });
            }
            return (T) kept.value();
        }
        return read(key, staleAfter, compute);
    }

    /** Computes the value and keeps it unless a change it depends on committed meanwhile. */
    private <T> T read(Object key, Function<? super T, Predicate<AggregatesChanged>> staleAfter, Supplier<T> compute) {
        long started;
        long readAt = nanoClock.getAsLong();
        synchronized (this) {
            started = seq;
        }
        T value = compute.get();
        Predicate<AggregatesChanged> stale = staleAfter.apply(value);
        synchronized (this) {
            if (unchangedSince(started, stale)) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(value, stale, readAt));
            }
        }
        return value;
    }

    /** After the writing transaction commits (or at once without one): drops what the change makes stale. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public synchronized void changed(AggregatesChanged change) {
        seq++;
        recent.addLast(new Change(seq, change));
        if (recent.size() > RECENT_CHANGES) {
            recent.removeFirst();
        }
        entries.values().removeIf(e -> e.staleAfter().test(change));
    }

    int size() {
        return entries.size();
    }

    private boolean unchangedSince(long started, Predicate<AggregatesChanged> staleAfter) {
        if (seq == started) {
            return true;
        }
        if (recent.isEmpty() || recent.peekFirst().seq() > started + 1) {
            return false; // some changes since the read are no longer remembered
        }
        for (Change c : recent) {
            if (c.seq() > started && staleAfter.test(c.what())) {
                return false;
            }
        }
        return true;
    }
}
