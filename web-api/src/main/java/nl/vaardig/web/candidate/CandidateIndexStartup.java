package nl.vaardig.web.candidate;

import nl.vaardig.ingest.lifecycle.StartStep;
import org.springframework.stereotype.Component;

/**
 * Fills this instance's candidate index from the tables before the web server takes requests (after the demo
 * seeding, which runs in an earlier phase).
 */
@Component
class CandidateIndexStartup extends StartStep {

    /** Before the event machinery and the web server; after {@code DemoDataSeeder}. */
    static final int PHASE = Integer.MAX_VALUE - 2900;

    private final CandidateService candidates;

    CandidateIndexStartup(CandidateService candidates) {
        super(PHASE);
        this.candidates = candidates;
    }

    @Override
    protected void onStart() {
        candidates.rebuildIndex();
    }
}
