package nl.vaardig.web.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the audit trail. The actor is named by pseudonymous subject, role and a label a person can read
 * ("Werkgever Zorggroep Amstelland", "Jobcoach regio AM18") — never by another person's name in free text.
 */
public record AuditEntry(UUID id, Instant at, String actorSubject, String actorRole, String actorLabel,
                         AuditAction action, UUID profileId, String detail) {

    public static final int MAX_DETAIL = 500;

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        actorSubject = requireText(actorSubject, "actorSubject");
        actorRole = requireText(actorRole, "actorRole");
        actorLabel = requireText(actorLabel, "actorLabel");
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("audit detail longer than " + MAX_DETAIL + " characters");
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
