package nl.vaardig.web.candidate;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fills this instance's candidate index from the tables before the web server takes requests (after the demo
 * seeding, which runs in an earlier phase).
 */
@Component
class CandidateIndexStartup implements SmartLifecycle {

    /** Before the event machinery and the web server; after {@code DemoDataSeeder}. */
    static final int PHASE = Integer.MAX_VALUE - 2900;

    private final CandidateService candidates;
    private volatile boolean running;

    CandidateIndexStartup(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Override
    public void start() {
        candidates.rebuildIndex();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
