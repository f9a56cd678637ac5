package nl.vaardig.web.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.ingest.outbox.RelayThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail over SMTP, one row at a time: the row is locked ({@code FOR UPDATE SKIP LOCKED}, so several
 * instances can relay side by side), sent, and deleted in the same transaction. A failed send leaves the row with a
 * later {@code next_attempt_at} (doubling waits up to {@code vaardig.mail.max-retry}); nothing is dropped. After a
 * crash between the SMTP server's acceptance and the commit a mail can be sent twice: at-least-once, like the events.
 * Without an SMTP server configured ({@code spring.mail.host}) mail waits in the outbox.
 */
@Component
public class MailRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> senders;
    private final MailProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final RelayThread thread;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();

    MailRelay(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> senders,
              MailProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.senders = senders;
        this.properties = properties;
        this.thread = new RelayThread("vaardig-mail-relay", properties.relayIdle());
    }

    /** After a commit that queued mail: send now instead of at the next idle tick. */
    public void wakeUp() {
        thread.wakeUp();
    }

    /** Mails this instance handed to the SMTP server since start. */
    public long sentCount() {
        return sent.get();
    }

    /** Failed send attempts since start (each one is retried later). */
    public long failedAttempts() {
        return failedAttempts.get();
    }

    /** Mails waiting to be sent (all instances). */
    public long backlog() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }

    /** One attempt at the oldest due mail; true when one was sent, false when none was due or the send failed. */
    boolean sendOne(JavaMailSender sender) {
        Boolean done = transactions.execute(status -> {
            Optional<Row> due = jdbc.sql("select id, to_address, subject, body, attempts from mail_outbox "
                            + "where next_attempt_at <= now() order by next_attempt_at, created_at limit 1 "
                            + "for update skip locked")
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getInt(5))).optional();
            if (due.isEmpty()) {
                return null;
            }
            Row row = due.get();
            try {
                sender.send(message(sender, row));
            } catch (Exception e) {
                failedAttempts.incrementAndGet();
                Duration wait = retryAfter(row.attempts() + 1, properties.firstRetry(), properties.maxRetry());
                jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                        .params(truncate(String.valueOf(e.getMessage())), Timestamp.from(clock.instant().plus(wait)), row.id())
                        .update();
                log.warn("Mail {} could not be sent (attempt {}: {}); retrying in {} s", row.id(), row.attempts() + 1,
                        e.getMessage(), wait.toSeconds());
                return false;
            }
            jdbc.sql("delete from mail_outbox where id = ?").param(row.id()).update();
            sent.incrementAndGet();
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Wait after the n-th failed attempt: {@code first}, doubled per attempt, at most {@code max}. */
    static Duration retryAfter(int attempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private MimeMessage message(JavaMailSender sender, Row row) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(new InternetAddress(properties.from()));
        helper.setTo(new InternetAddress(row.to(), true));
        helper.setSubject(row.subject());
        helper.setText(row.body(), false);
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private long pauseAfter(RuntimeException failure) {
        log.warn("Mail relay round failed ({}); trying again shortly", failure.getMessage());
        return properties.relayIdle().toMillis();
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    @Override
    public void start() {
        if (!properties.relayEnabled()) {
            return;
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.info("No SMTP server configured (spring.mail.host): notification mail waits in the outbox");
            return;
        }
        // A round sends the oldest due mail; while one was sent, the next may be due as well.
        thread.start(() -> sendOne(sender), this::pauseAfter);
    }

    @Override
    public void stop() {
        thread.stop();
    }

    @Override
    public boolean isRunning() {
        return thread.isRunning();
    }

    private record Row(UUID id, String to, String subject, String body, int attempts) {
    }
}
