package nl.vaardig.web.lmi.read;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.aggregate.AggregatesChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LmiReadCacheTest {

    static final Period Q1 = Period.parse("2026-Q1");
    static final Period Q2 = Period.parse("2026-Q2");

    long now = 0;
    final List<Runnable> background = new ArrayList<>();
    final LmiReadCache cache = new LmiReadCache(Duration.ofSeconds(5), () -> now, background::add);
    final AtomicInteger reads = new AtomicInteger();

    String read(Period p) {
        return cache.get("figure " + p.key(), v -> c -> c.touchesAny(p), () -> p.key() + " read " + reads.incrementAndGet());
    }

    @Test
    void aFigureIsReadOnceUntilAChangeTouchesItsPeriod() {
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");

        cache.changed(AggregatesChanged.of(Set.of(Q2)));
        assertThat(read(Q1)).as("another period changed").isEqualTo("2026-Q1 read 1");

        cache.changed(AggregatesChanged.of(Set.of(Q1, Q2)));
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFigureIsReadAgainAfterTheMaxAgeForChangesOtherInstancesCommitted() {
        read(Q1);
        now += Duration.ofMillis(4_999).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");
        background.clear(); // its background read never ran
        now += Duration.ofMillis(1).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 2");
    }

    @Test
    void aFigureInTheSecondHalfOfItsAgeIsHandedOutAndReadAgainInTheBackgroundOnce() {
        read(Q1);
        now += Duration.ofMillis(2_499).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");
        assertThat(background).as("first half: nothing read").isEmpty();

        now += Duration.ofMillis(1).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");
        assertThat(read(Q1)).as("the reader does not wait").isEqualTo("2026-Q1 read 1");
        assertThat(background).as("one background read per key at a time").hasSize(1);
        background.removeFirst().run();
        assertThat(reads).hasValue(2);

        // the background read is kept with its own age: past the first value's 5 s it is still handed out
        now += Duration.ofMillis(4_000).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 2");
        assertThat(background).as("2.5 s into the new value's age").hasSize(1);
    }

    @Test
    void aBackgroundReadDuringAChangeOfItsPeriodIsNotKept() {
        assertThat(cache.get("q", v -> c -> c.touchesAny(Q1), () -> "q read 1")).isEqualTo("q read 1");
        now += Duration.ofMillis(3_000).toNanos();
        assertThat(cache.get("q", v -> c -> c.touchesAny(Q1), () -> {
            cache.changed(AggregatesChanged.of(Set.of(Q1))); // commits while the background read runs
            return "q read 2";
        })).isEqualTo("q read 1");
        background.removeFirst().run();
        assertThat(cache.get("q", v -> c -> c.touchesAny(Q1), () -> "q read 3")).as("neither the old nor the unsure value kept")
                .isEqualTo("q read 3");
    }

    @Test
    void aFailedBackgroundReadLeavesTheValueToExpire() {
        read(Q1);
        now += Duration.ofMillis(3_000).toNanos();
        cache.get("figure 2026-Q1", v -> c -> c.touchesAny(Q1), () -> {
            throw new IllegalStateException("no connection");
        });
        background.removeFirst().run();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 1");
        assertThat(background).as("tried again by a later reader").hasSize(1);
        now += Duration.ofMillis(2_000).toNanos();
        assertThat(read(Q1)).isEqualTo("2026-Q1 read 2");
    }

    @Test
    void aBulkLoadDropsEverything() {
        read(Q1);
        read(Q2);
        cache.changed(AggregatesChanged.all());
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFigureReadWhileItsPeriodChangedIsHandedOutButNotKept() {
        String during = cache.get("q1", v -> c -> c.touchesAny(Q1), () -> {
            cache.changed(AggregatesChanged.of(Set.of(Q1))); // commits while this read runs: it may have seen either side
            return "maybe old";
        });
        assertThat(during).isEqualTo("maybe old");
        assertThat(cache.get("q1", v -> c -> c.touchesAny(Q1), () -> "fresh")).isEqualTo("fresh");
        assertThat(cache.get("q1", v -> c -> c.touchesAny(Q1), () -> "not read again")).isEqualTo("fresh");
    }

    @Test
    void aChangeOfAnotherPeriodDuringTheReadKeepsTheFigure() {
        cache.get("q1", v -> c -> c.touchesAny(Q1), () -> {
            cache.changed(AggregatesChanged.of(Set.of(Q2)));
            return "kept";
        });
        assertThat(cache.get("q1", v -> c -> c.touchesAny(Q1), () -> "read again")).isEqualTo("kept");
    }

    @Test
    void aReadThatOutlivedMoreChangesThanAreRememberedIsNotKept() {
        cache.get("q1", v -> c -> c.touchesAny(Q1), () -> {
            for (int i = 0; i < 1_000; i++) {
                cache.changed(AggregatesChanged.of(Set.of(Q2)));
            }
            return "unsure";
        });
        assertThat(cache.get("q1", v -> c -> c.touchesAny(Q1), () -> "read again")).isEqualTo("read again");
    }

    @Test
    void theEntriesStayBounded() {
        for (int i = 0; i <= LmiReadCache.MAX_ENTRIES; i++) {
            int n = i;
            cache.get("key " + i, v -> c -> false, () -> n);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(LmiReadCache.MAX_ENTRIES);
    }

    @Test
    void aListOfPeriodsGrowsOnlyWithABegunPeriodItLacks() {
        LocalDate today = LocalDate.of(2026, 5, 10);
        List<String> quarters = List.of("2025-Q4", "2026-Q1", "2026-Q2");
        assertThat(LmiService.newPeriod(AggregatesChanged.of(Set.of(Q1, Q2)), today, k -> quarters)).isFalse();
        assertThat(LmiService.newPeriod(AggregatesChanged.of(Set.of(Period.parse("2026-Q3"))), today, k -> quarters))
                .as("not begun yet").isFalse();
        assertThat(LmiService.newPeriod(AggregatesChanged.of(Set.of(Period.parse("2025-Q3"))), today, k -> quarters)).isTrue();
        assertThat(LmiService.newPeriod(AggregatesChanged.of(Set.of(Period.parse("2026-04"))), today,
                k -> k == Period.Kind.QUARTER ? quarters : null)).as("a kind the figure does not list").isFalse();
    }
}
