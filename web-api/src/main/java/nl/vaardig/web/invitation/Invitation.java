package nl.vaardig.web.invitation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.vaardig.web.candidate.SharedContact;

/**
 * An employer's invitation of a (pseudonymous) candidate for one of its vacancies. The contact is present only
 * once the candidate accepted and shared it.
 */
public record Invitation(UUID id, UUID vacancyId, UUID profileId, String organisation, String region, String message,
                         InvitationStatus status, long version, Instant sentAt, Instant answeredAt,
                         SharedContact contact) {

    public static final int MAX_MESSAGE = 1000;

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sentAt, "sentAt");
        message = message == null ? "" : message.strip();
        if (message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("an invitation message has at most " + MAX_MESSAGE + " characters");
        }
        if ((status == InvitationStatus.OPEN) != (answeredAt == null)) {
            throw new IllegalArgumentException("an invitation is answered exactly when it is no longer open");
        }
        if (contact != null && status != InvitationStatus.ACCEPTED) {
            throw new IllegalArgumentException("contact details exist only for an accepted invitation");
        }
    }
}
