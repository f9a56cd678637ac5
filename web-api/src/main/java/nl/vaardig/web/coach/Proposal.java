package nl.vaardig.web.coach;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.SharedContact;

/**
 * A coach's proposal of a candidate for a vacancy. {@code employer} and {@code region} are the vacancy's at the
 * time of proposing: they say who may receive it and which coaches manage it. {@code contact} is set exactly when
 * the candidate agreed. Every change returns the next version; the store refuses a stale one.
 */
public record Proposal(UUID id, ProfileId profile, VacancyId vacancy, String employer, AmrCode region,
                       String coachSubject, String coachLabel, String note, double score, ProposalState state,
                       ProposalOutcome outcome, SharedContact contact, Instant proposedAt, Instant answeredAt,
                       Instant outcomeAt, long version) {

    public static final int MAX_NOTE = 1000;

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(proposedAt, "proposedAt");
        if (employer == null || employer.isBlank() || coachSubject == null || coachSubject.isBlank()
                || coachLabel == null || coachLabel.isBlank()) {
            throw new IllegalArgumentException("a proposal names its employer and coach");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("the note is at most " + MAX_NOTE + " characters");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1]");
        }
        if ((state == ProposalState.PROPOSED) != (contact != null)) {
            throw new IllegalArgumentException("contact details are shared exactly when the candidate agreed");
        }
        if (outcome != null && state != ProposalState.PROPOSED) {
            throw new IllegalArgumentException("an outcome needs an agreed proposal");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    public static Proposal made(ProfileId profile, VacancyId vacancy, String employer, AmrCode region,
                                String coachSubject, String coachLabel, String note, double score, Instant at) {
        return new Proposal(UUID.randomUUID(), profile, vacancy, employer, region, coachSubject, coachLabel, note,
                score, ProposalState.AWAITING_CANDIDATE, null, null, at, null, null, 1);
    }

    /** The candidate agreed and shares these details with the employer. */
    public Proposal agreed(SharedContact shared, Instant at) {
        requireStep(ProposalState.PROPOSED);
        return new Proposal(id, profile, vacancy, employer, region, coachSubject, coachLabel, note, score,
                ProposalState.PROPOSED, null, Objects.requireNonNull(shared, "shared"), proposedAt, at, null, version + 1);
    }

    public Proposal declined(Instant at) {
        requireStep(ProposalState.DECLINED);
        return new Proposal(id, profile, vacancy, employer, region, coachSubject, coachLabel, note, score,
                ProposalState.DECLINED, null, null, proposedAt, at, null, version + 1);
    }

    public Proposal withOutcome(ProposalOutcome next, Instant at) {
        Objects.requireNonNull(next, "outcome");
        if (state != ProposalState.PROPOSED) {
            throw new ProposalConflictException("an outcome can only be recorded once the candidate agreed");
        }
        if (!next.mayFollow(outcome)) {
            throw new ProposalConflictException("outcome " + next + " cannot follow " + outcome);
        }
        return new Proposal(id, profile, vacancy, employer, region, coachSubject, coachLabel, note, score, state,
                next, contact, proposedAt, answeredAt, at, version + 1);
    }

    private void requireStep(ProposalState next) {
        if (!state.mayBecome(next)) {
            throw new ProposalConflictException("this proposal was already answered");
        }
    }
}
