package nl.vaardig.matching.engine;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * One piece of a search on a search thread and one on the calling thread, as Lucene runs the slices of a search: when
 * no search thread has picked its piece up by the time the caller is done with its own, the caller runs it too.
 */
final class TwoThreads {

    private TwoThreads() {
    }

    @FunctionalInterface
    interface Piece<T> {
        T run() throws IOException;
    }

    /** Results of {@code here} (on the calling thread) and {@code there} (on the pool, or here when it is busy). */
    static <T> Pair<T> run(Executor pool, Piece<T> here, Piece<T> there) throws IOException {
        var other = new FutureTask<>(there::run);
        try {
            pool.execute(other);
        } catch (RejectedExecutionException e) {
            other.run(); // the engine is closing
        }
        T mine = here.run();
        other.run(); // not started yet: run it here; a no-op once a search thread has it
        try {
            return new Pair<>(mine, other.get());
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
            throw new IllegalStateException(e.getCause());
        }
    }

    record Pair<T>(T here, T there) {
    }
}
