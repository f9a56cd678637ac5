package nl.vaardig.web.notification;

import java.util.Objects;
import nl.vaardig.web.account.Language;
import nl.vaardig.web.platform.web.EmailAddress;

/**
 * What a person asked to be mailed about, and where. Every kind is off unless the person switched it on; a person
 * without settings gets no mail at all. {@code organisation} is the employer's organisation at the time of saving
 * (null for everyone else).
 */
public record NotificationSettings(String subject, String email, Language language, boolean invitations,
                                   boolean proposals, boolean answers, String organisation) {

    public NotificationSettings {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        email = email.strip();
        if (!EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** Whether mail of this kind goes to this person. */
    public boolean wants(MailKind kind) {
        return switch (kind.category()) {
            case INVITATIONS -> invitations;
            case PROPOSALS -> proposals;
            case ANSWERS -> answers;
            case ON_REQUEST -> false;
        };
    }
}
