package nl.vaardig.web.coach;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;

/** A coach's note about a candidate; the author is a pseudonymous subject with a role label, never a name. */
public record CoachNote(UUID id, ProfileId profile, String authorSubject, String authorLabel, String text,
                        Instant writtenAt) {

    public static final int MAX_TEXT = 2000;

    public CoachNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(writtenAt, "writtenAt");
        text = text == null ? "" : text.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a note has 1 to " + MAX_TEXT + " characters");
        }
        if (authorSubject == null || authorSubject.isBlank() || authorLabel == null || authorLabel.isBlank()) {
            throw new IllegalArgumentException("a note names its author");
        }
    }
}
