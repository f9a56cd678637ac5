package nl.vaardig.ingest.deadletter;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetterReason;

/**
 * A record that could not be processed, with why and its original bytes, as it travels on the dead-letter topic
 * and is shown to administrators.
 *
 * @param sourceTopic where it came from: a topic, or {@code upload:<feed>} for a refused feed row
 * @param consumer    the consumer (group) that gave up on it
 * @param jobId       the feed upload it belongs to, if any
 * @param line        its line in the uploaded file, if any
 */
public record DeadLetter(UUID id, String sourceTopic, Integer partition, Long offset, String consumer,
                         DeadLetterReason reason, String detail, byte[] payload, String key, UUID jobId, Long line,
                         Instant failedAt) {

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceTopic, "sourceTopic");
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
        detail = detail == null ? "" : detail;
    }

    public boolean fromUpload() {
        return sourceTopic.startsWith("upload:");
    }
}
