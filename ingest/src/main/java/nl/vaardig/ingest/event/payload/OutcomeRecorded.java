package nl.vaardig.ingest.event.payload;

import java.util.Objects;
import java.util.UUID;

/** What came of a match: a coded outcome, never a free-text note about the person. */
public record OutcomeRecorded(UUID matchId, UUID profileId, UUID vacancyId, String region, Outcome outcome)
        implements EventPayload {

    /** INTERVIEW and TRAINING_STARTED were added for the jobcoach outcomes (issue 6); appended, never reordered. */
    public enum Outcome { HIRED, TRIAL_PLACEMENT, NOT_HIRED, WITHDRAWN, NO_RESPONSE, INTERVIEW, TRAINING_STARTED }

    public OutcomeRecorded {
        Payloads.id(matchId, "matchId");
        Payloads.id(profileId, "profileId");
        Payloads.id(vacancyId, "vacancyId");
        Payloads.region(region);
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
