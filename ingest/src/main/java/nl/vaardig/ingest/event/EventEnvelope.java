package nl.vaardig.ingest.event;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A CloudEvents 1.0 style envelope around every Vaardig event: who emitted it, what happened, when,
 * about which (pseudonymous) subject, in which arbeidsmarktregio, and which schema version the data
 * follows. Consumers deduplicate on {@link #id()}.
 *
 * @param id          unique per event; the idempotency key of every consumer
 * @param source      the emitting part of Vaardig, e.g. {@code /vaardig/web-api}
 * @param type        reverse-DNS event type, e.g. {@code nl.vaardig.vacancy.published}
 * @param time        when it happened
 * @param subject     pseudonymous id of what it is about (never a name or e-mail)
 * @param region      arbeidsmarktregio code (AMxx) used as the Kafka key, or {@code null} for national events
 * @param dataSchema  versioned schema of {@code data}, e.g. {@code https://vaardig.nl/schemas/vacancy-published/1}
 * @param data        the payload
 */
public record EventEnvelope<T>(UUID id, URI source, String type, Instant time, String subject, String region,
                               URI dataSchema, T data) {

    public static final String SPEC_VERSION = "1.0";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)+");
    /** Types that passed {@link #TYPE} (a few dozen at most): every consumer builds an envelope per record. */
    private static final Set<String> CHECKED_TYPES = ConcurrentHashMap.newKeySet();
    private static final int MAX_CHECKED_TYPES = 256;

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dataSchema, "dataSchema");
        Objects.requireNonNull(data, "data");
        if (!CHECKED_TYPES.contains(type)) {
            if (!TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("Event type must be reverse-DNS, e.g. nl.vaardig.vacancy.published: " + type);
            }
            if (CHECKED_TYPES.size() < MAX_CHECKED_TYPES) {
                CHECKED_TYPES.add(type);
            }
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("Event subject must not be blank");
        }
        if (region != null && !isRegion(region)) {
            throw new IllegalArgumentException("Not an arbeidsmarktregio code: " + region);
        }
        SchemaVersion.of(dataSchema);
    }

    /** An arbeidsmarktregio code: {@code AM} and two ASCII digits (the old {@code AM\\d{2}} without a matcher per envelope). */
    static boolean isRegion(String region) {
        return region.length() == 4 && region.charAt(0) == 'A' && region.charAt(1) == 'M' && isDigit(region.charAt(2))
                && isDigit(region.charAt(3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The schema version number, the last path segment of {@link #dataSchema()}. */
    public int schemaVersion() {
        return SchemaVersion.of(dataSchema);
    }
}
