package nl.vaardig.ingest.lifecycle;

import org.springframework.context.SmartLifecycle;

/**
 * A step of the platform's start in a fixed lifecycle phase: it does its work once when the context starts (on the
 * thread that starts it, so later phases wait for it) and is "running" from then until the context stops. One base
 * for the running flag and the phase that each such step otherwise repeats (the topic set-up, the event workers, the
 * web application's demo seeding and candidate index start-up).
 */
public abstract class StartStep implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    protected StartStep(int phase) {
        this.phase = phase;
    }

    /** The step's work at start; {@link #isRunning()} is already true (a long step may watch it to stop early). */
    protected abstract void onStart();

    /** The step's work at stop, after {@link #isRunning()} turned false; nothing by default. */
    protected void onStop() {
    }

    @Override
    public final void start() {
        running = true;
        try {
            onStart();
        } catch (RuntimeException | Error e) {
            running = false;
            throw e;
        }
    }

    @Override
    public final void stop() {
        running = false;
        onStop();
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
