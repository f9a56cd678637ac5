package nl.vaardig.matching.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work in numbered parts that the calling thread and helpers on the search pool take one at a time, in ascending
 * order, until none is left. Why not one fixed share per thread (Lucene's slices): on a machine
 * with as many cores as search threads, a helper that wakes late or loses its core mid-way kept the caller waiting
 * for a whole half (the national search's wall p99 was ~2.4 ms above the CPU of all its threads, docs/benchmarks.md,
 * issue 14, round 16). Here the caller takes the parts no one has started, waits at most for the parts in progress,
 * and calls off a helper that has not started by then, so it never waits for a thread that did not get a core.
 */
final class SharedParts {

    /** How long the caller spins for a helper's last part before it parks (a part at 1M takes ~0.1–0.3 ms). */
    private static final long SPIN_NANOS = 500_000;

    private SharedParts() {
    }

    /** What one thread does: its own state, then the parts it takes (ascending), then its end. */
    interface Taker<S> {
        S start() throws IOException;

        void take(S state, int part) throws IOException;

        /** After the thread's last part, on that thread. */
        default void end(S state) throws IOException {
        }
    }

    /**
     * Runs {@code parts} parts on the calling thread and up to {@code helpers} pool threads; returns the state of
     * every thread that took part, the caller's first.
     */
    static <S> List<S> run(Executor pool, int helpers, int parts, Taker<S> taker) throws IOException {
        var next = new AtomicInteger();
        var started = new ArrayList<Helper<S>>(helpers);
        for (int i = 0; i < helpers && pool != null && parts > 1; i++) {
            var helper = new Helper<>(taker, next, parts);
            try {
                pool.execute(helper);
                started.add(helper);
            } catch (RejectedExecutionException e) {
                break; // the engine is closing: the caller takes every part
            }
        }
        var states = new ArrayList<S>(1 + started.size());
        states.add(work(taker, next, parts));
        for (Helper<S> helper : started) {
            if (helper.claimed.compareAndSet(false, true)) {
                continue; // not started: called off, it will find nothing to do
            }
            states.add(helper.join());
        }
        return states;
    }

    private static <S> S work(Taker<S> taker, AtomicInteger next, int parts) throws IOException {
        S state = taker.start();
        for (int part = next.getAndIncrement(); part < parts; part = next.getAndIncrement()) {
            taker.take(state, part);
        }
        taker.end(state);
        return state;
    }

    /** A pool task that works only when it starts before the caller has called it off. */
    private static final class Helper<S> implements Runnable {
        private final Taker<S> taker;
        private final AtomicInteger next;
        private final int parts;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<S> result = new CompletableFuture<>();

        Helper(Taker<S> taker, AtomicInteger next, int parts) {
            this.taker = taker;
            this.next = next;
            this.parts = parts;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                result.complete(work(taker, next, parts));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }

        /**
         * The helper's states once it is done: it has at most the part it is in left, so spin for a while rather than
         * park (a parked caller waits for a core again when the helper wakes it).
         */
        S join() throws IOException {
            long deadline = System.nanoTime() + SPIN_NANOS;
            while (!result.isDone() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while searching", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
