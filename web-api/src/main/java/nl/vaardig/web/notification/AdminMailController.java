package nl.vaardig.web.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail the local SMTP server received, for the administrator of a local installation (and the browser tests):
 * newest first, with the text. In production there is no local server and the list says so ({@code available}
 * false) — the real mail server is the place to look there, and the platform keeps no copy of sent mail. The
 * {@code local} module, which web-api only has at run time, offers what its server received as the bean
 * {@code localMailbox}.
 */
@RestController
@RequestMapping("/api/admin/mail")
public class AdminMailController {

    static final int MAX_SHOWN = 200;

    public record SentMail(String to, String subject, Instant sentAt, String body) {
    }

    /** {@code waiting}: mails still in the outbox (not yet accepted by the SMTP server). */
    public record SentMailList(boolean available, long waiting, List<SentMail> items) {
    }

    private final ObjectProvider<Supplier<List<MimeMessage>>> localMailbox;
    private final MailRelay relay;

    AdminMailController(ObjectProvider<Supplier<List<MimeMessage>>> localMailbox, MailRelay relay) {
        this.localMailbox = localMailbox;
        this.relay = relay;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    public SentMailList list() {
        Supplier<List<MimeMessage>> local = localMailbox.getIfAvailable();
        if (local == null) {
            return new SentMailList(false, relay.backlog(), List.of());
        }
        List<SentMail> items = local.get().stream().map(AdminMailController::view)
                .sorted(Comparator.comparing(SentMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(MAX_SHOWN).toList();
        return new SentMailList(true, relay.backlog(), items);
    }

    private static SentMail view(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            String recipients = to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
            Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            Object content = message.getContent();
            return new SentMail(recipients, message.getSubject(), sent, content instanceof String text ? text : "");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("a received mail could not be read: " + e.getMessage(), e);
        }
    }
}
