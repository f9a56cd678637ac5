package nl.vaardig.web.passport;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One share of a passport: a link or a named account, with its expiry; {@code revokedAt} once the person withdrew it.
 * The link's token is never part of it (only its hash is stored).
 */
record PassportShare(UUID id, UUID profileId, Kind kind, String granteeUsername, String granteeRole, String holderName,
                     Instant createdAt, Instant expiresAt, Instant revokedAt) {

    enum Kind { LINK, ACCOUNT }

    PassportShare {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a share expires after it was made");
        }
        if ((kind == Kind.ACCOUNT) != (granteeUsername != null)) {
            throw new IllegalArgumentException("an account share, and only that, names an account");
        }
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
