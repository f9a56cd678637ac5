package nl.vaardig.web.coach;

import nl.vaardig.ingest.event.payload.OutcomeRecorded;

/**
 * What came of an agreed proposal, as the coach records it. A job interview or a training may be followed by
 * another outcome; hired and rejected are final.
 */
public enum ProposalOutcome {
    GESPREK(OutcomeRecorded.Outcome.INTERVIEW),
    AANGENOMEN(OutcomeRecorded.Outcome.HIRED),
    AFGEWEZEN(OutcomeRecorded.Outcome.NOT_HIRED),
    SCHOLING_GESTART(OutcomeRecorded.Outcome.TRAINING_STARTED);

    private final OutcomeRecorded.Outcome eventOutcome;

    ProposalOutcome(OutcomeRecorded.Outcome eventOutcome) {
        this.eventOutcome = eventOutcome;
    }

    /** The coded outcome on the matching topic (docs/events.md). */
    public OutcomeRecorded.Outcome eventOutcome() {
        return eventOutcome;
    }

    public boolean isFinal() {
        return this == AANGENOMEN || this == AFGEWEZEN;
    }

    /** Whether this outcome may be recorded after {@code previous} (null: nothing recorded yet). */
    public boolean mayFollow(ProposalOutcome previous) {
        return previous == null || (!previous.isFinal() && previous != this);
    }
}
