package nl.vaardig.web.team.outlook;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One worker's invitation to answer: the address it went to and its life. Whether the worker answered is kept
 * ({@code consentedAt}) but never shown to the employer: only the number of answers in the aggregate is.
 */
public record OutlookInvitation(UUID id, UUID outlookId, String email, Instant createdAt, Instant expiresAt,
                                Instant revokedAt, Instant consentedAt) {

    public enum Status { OPEN, EXPIRED, REVOKED }

    public OutlookInvitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlookId, "outlookId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it was made");
        }
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }
}
