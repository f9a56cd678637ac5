package nl.vaardig.web.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification mail ({@code vaardig.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, TLS).
 *
 * @param from        the sender address of every mail
 * @param baseUrl     where the links in a mail point (the app's public address)
 * @param relayEnabled send at all (off: mail stays in the outbox, e.g. on an instance that must not send)
 * @param relayIdle   how long the relay sleeps when nothing is due (a commit that queued mail wakes it earlier)
 * @param firstRetry  wait after the first failed attempt; it doubles per attempt up to {@code maxRetry}
 * @param maxRetry    longest wait between attempts; a mail is retried until it is sent, never dropped
 */
@ConfigurationProperties("vaardig.mail")
public record MailProperties(@DefaultValue("Vaardig <noreply@vaardig.local>") String from,
                             @DefaultValue("http://localhost:8080") String baseUrl,
                             @DefaultValue("true") boolean relayEnabled,
                             @DefaultValue("1s") Duration relayIdle,
                             @DefaultValue("1s") Duration firstRetry,
                             @DefaultValue("5m") Duration maxRetry) {

    public MailProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("vaardig.mail retries need 0 < first-retry <= max-retry");
        }
    }
}
