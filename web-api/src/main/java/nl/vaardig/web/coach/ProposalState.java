package nl.vaardig.web.coach;

import java.util.Set;

/**
 * Where a coach's proposal stands. The candidate answers first: nothing reaches the employer while it is
 * AWAITING_CANDIDATE or after it is DECLINED; PROPOSED means the candidate agreed and shared contact details.
 */
public enum ProposalState {
    AWAITING_CANDIDATE,
    PROPOSED,
    DECLINED;

    /** The one-way steps: only an unanswered proposal can be answered, and only once. */
    public boolean mayBecome(ProposalState next) {
        return this == AWAITING_CANDIDATE && Set.of(PROPOSED, DECLINED).contains(next);
    }
}
