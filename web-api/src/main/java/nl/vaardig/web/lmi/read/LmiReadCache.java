package nl.vaardig.web.lmi.read;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nl.vaardig.web.lmi.aggregate.AggregatesChanged;
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
 */
@Component
public class LmiReadCache {

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

    @Autowired
    LmiReadCache(@Value("${vaardig.lmi.cache-max-age:PT5S}") Duration maxAge) {
        this(maxAge, System::nanoTime);
    }

    LmiReadCache(Duration maxAge, LongSupplier nanoClock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * The kept value of {@code key}, or {@code compute}'s, kept until a change for which {@code staleAfter} (given the
     * value) holds.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Function<? super T, Predicate<AggregatesChanged>> staleAfter, Supplier<T> compute) {
        Entry kept = entries.get(key);
        if (kept != null && nanoClock.getAsLong() - kept.keptAt() < maxAgeNanos) {
            return (T) kept.value();
        }
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
