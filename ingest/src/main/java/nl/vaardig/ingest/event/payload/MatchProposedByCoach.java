package nl.vaardig.ingest.event.payload;

import java.util.UUID;

/** A jobcoach proposed a vacancy to a job seeker; {@code coachId} is the coach's pseudonymous subject. */
public record MatchProposedByCoach(UUID matchId, UUID profileId, UUID vacancyId, String coachId, String region,
                                   double score) implements EventPayload {
    public MatchProposedByCoach {
        Payloads.id(matchId, "matchId");
        Payloads.id(profileId, "profileId");
        Payloads.id(vacancyId, "vacancyId");
        coachId = Payloads.text(coachId, "coachId", 100);
        Payloads.region(region);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1]");
        }
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
