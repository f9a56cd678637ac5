package nl.vaardig.web.coach;

/** The proposal is not (or no longer) in a state that allows the step: answered twice, stale version (409). */
public class ProposalConflictException extends RuntimeException {
    public ProposalConflictException(String message) {
        super(message);
    }
}
