package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parts shared between the calling thread and pool threads: every part taken once and in ascending order per thread,
 * the caller never waits for a helper that has not started, and a helper's failure reaches the caller.
 */
class SharedPartsTest {

    /** The parts one thread took, in its order. */
    private static final class Taken {
        final List<Integer> parts = new ArrayList<>();
        boolean ended;
    }

    private static SharedParts.Taker<Taken> recording() {
        return new SharedParts.Taker<>() {
            @Override
            public Taken start() {
                return new Taken();
            }

            @Override
            public void take(Taken t, int part) {
                t.parts.add(part);
            }

            @Override
            public void end(Taken t) {
                t.ended = true;
            }
        };
    }

    @Test
    void everyPartIsTakenOnceAndEachThreadTakesItsPartsInAscendingOrder() throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 200; round++) {
                List<Taken> states = SharedParts.run(pool, 3, 16, recording());
                var all = new ArrayList<Integer>();
                for (Taken t : states) {
                    assertThat(t.parts).isSorted();
                    assertThat(t.ended).isTrue();
                    all.addAll(t.parts);
                }
                assertThat(all).containsExactlyInAnyOrderElementsOf(range(16));
                assertThat(states).hasSizeBetween(1, 4);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @Timeout(30) // waiting for a helper that never starts would hang here
    void theCallerTakesEveryPartAHelperHasNotStartedAndDoesNotWaitForIt() throws IOException {
        var held = new ArrayList<Runnable>();
        List<Taken> states = SharedParts.run(held::add, 1, 16, recording());
        assertThat(states).hasSize(1);
        assertThat(states.getFirst().parts).isEqualTo(range(16));
        // the helper starts after all: called off, it takes nothing
        var late = new ArrayList<Taken>();
        SharedParts.Taker<Taken> lateTaker = new SharedParts.Taker<>() {
            @Override
            public Taken start() {
                Taken t = new Taken();
                late.add(t);
                return t;
            }

            @Override
            public void take(Taken t, int part) {
                t.parts.add(part);
            }
        };
        var heldLate = new ArrayList<Runnable>();
        SharedParts.run(heldLate::add, 1, 4, lateTaker);
        assertThat(late).hasSize(1); // the caller's
        heldLate.forEach(Runnable::run);
        assertThat(late).hasSize(1);
    }

    @Test
    void aHelperThatStartedFirstReturnsItsParts() throws IOException {
        // a pool that runs the helper at once: it takes every part before the caller starts
        List<Taken> states = SharedParts.run(Runnable::run, 1, 8, recording());
        assertThat(states).hasSize(2);
        assertThat(states.get(0).parts).isEmpty();
        assertThat(states.get(1).parts).isEqualTo(range(8));
    }

    @Test
    void aHelpersFailureReachesTheCaller() {
        SharedParts.Taker<Taken> failing = new SharedParts.Taker<>() {
            private final Thread caller = Thread.currentThread();

            @Override
            public Taken start() {
                return new Taken();
            }

            @Override
            public void take(Taken t, int part) throws IOException {
                if (part == 0) {
                    throw new IOException("part " + part + (Thread.currentThread() == caller ? " here" : " there"));
                }
            }
        };
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // the helper runs on its own thread before the caller starts: it takes part 0 and fails
            assertThatThrownBy(() -> SharedParts.run(r -> {
                try {
                    other.submit(r).get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, 1, 4, failing)).isInstanceOf(IOException.class).hasMessage("part 0 there");
        } finally {
            other.shutdown();
        }
    }

    private static List<Integer> range(int n) {
        var out = new ArrayList<Integer>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
