package nl.vaardig.ingest.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import nl.vaardig.ingest.kafka.Backoff;

/**
 * The background thread of a relay that drains an outbox table: it runs rounds while work is waiting, then waits
 * until {@link #wakeUp() woken} (after a commit that queued work) or until the idle tick. The event relay and the
 * mail relay share it; they differ only in what a round does and how long they pause after a failed round.
 */
public final class RelayThread {

    /** One round of work. */
    @FunctionalInterface
    public interface Round {
        /** Runs one round; true when more work is waiting, so the next round starts at once. */
        boolean run() throws InterruptedException;
    }

    /** What a failed round means for the relay. */
    @FunctionalInterface
    public interface Failure {
        /** Handles (logs, resets) the failure of a round and answers how long to pause before the next one. */
        long pauseMillis(RuntimeException failure);
    }

    private final String name;
    private final Duration idle;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    public RelayThread(String name, Duration idle) {
        this.name = name;
        this.idle = idle;
    }

    /** Starts the thread (a daemon: it must never hold the JVM open). */
    public void start(Round round, Failure failure) {
        running = true;
        thread = Thread.ofPlatform().name(name).daemon().start(() -> loop(round, failure));
    }

    /** Work was queued: run a round now instead of at the next idle tick. */
    public void wakeUp() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Stops after the current round (waits for it at most 10 s). */
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            wakeUp();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the relay should go on running; a round that loops over rows checks it too. */
    public boolean isRunning() {
        return running;
    }

    private void loop(Round round, Failure failure) {
        while (running) {
            try {
                if (!round.run()) {
                    wake.tryAcquire(idle.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                Backoff.sleep(failure.pauseMillis(e));
            }
        }
    }
}
