package nl.vaardig.web.coach;

import java.time.Instant;
import java.util.UUID;
import nl.vaardig.web.candidate.SharedContact;

/** What each party sees of a proposal: the coach and the candidate the whole course, the employer only agreed ones. */
public final class ProposalViews {

    private ProposalViews() {
    }

    public record VacancyRef(UUID id, String title, String employer, String region) {
    }

    public record Contact(String name, String email, String phone) {
        static Contact of(SharedContact c) {
            return c == null ? null : new Contact(c.name(), c.email(), c.phone());
        }
    }

    /** The coach's view: no contact details (they were shared with the employer, not the coach). */
    public record ForCoach(UUID id, UUID profileId, VacancyRef vacancy, String state, String outcome, String note,
                           String coachLabel, double score, Instant proposedAt, Instant answeredAt, Instant outcomeAt,
                           long version) {
    }

    /** The candidate's own view, including what they shared. */
    public record ForCandidate(UUID id, VacancyRef vacancy, String state, String outcome, String note,
                               String coachLabel, Instant proposedAt, Instant answeredAt, Contact shared) {
    }

    /** The employer's view of an agreed proposal: the pseudonym, the shared contact, the coach's note. */
    public record ForEmployer(UUID id, VacancyRef vacancy, String candidateLabel, Contact contact, String note,
                              String coachLabel, double score, String outcome, Instant answeredAt) {
    }

    /** {@code label}: the pseudonym coaches and employers see the person under (null without a profile). */
    public record CandidateList(java.util.List<ForCandidate> items, String label) {
    }

    public record EmployerList(java.util.List<ForEmployer> items) {
    }
}
