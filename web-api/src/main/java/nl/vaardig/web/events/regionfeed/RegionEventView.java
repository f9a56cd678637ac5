package nl.vaardig.web.events.regionfeed;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line on a coach's or loket's live feed. {@code summary} holds display facts only, never personal data. */
public record RegionEventView(UUID id, String region, String type, String subject, Instant occurredAt,
                              Map<String, Object> summary) {
}
