package nl.vaardig.web.notification;

import java.util.Objects;

/** One rendered notification: plain text, ready to be queued. */
public record Mail(MailKind kind, String subject, String body) {

    public static final int MAX_SUBJECT = 300;

    public Mail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        subject = subject.replaceAll("[\\r\\n]+", " ").strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
    }
}
