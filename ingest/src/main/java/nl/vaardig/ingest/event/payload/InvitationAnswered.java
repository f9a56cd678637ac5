package nl.vaardig.ingest.event.payload;

import java.util.Objects;
import java.util.UUID;

/** A job seeker answered an invitation to a vacancy. */
public record InvitationAnswered(UUID invitationId, UUID matchId, UUID profileId, UUID vacancyId, String region,
                                 Answer answer) implements EventPayload {

    public enum Answer { ACCEPTED, DECLINED }

    public InvitationAnswered {
        Payloads.id(invitationId, "invitationId");
        Payloads.id(matchId, "matchId");
        Payloads.id(profileId, "profileId");
        Payloads.id(vacancyId, "vacancyId");
        Payloads.region(region);
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public String subject() {
        return matchId.toString();
    }
}
