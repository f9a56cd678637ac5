package nl.vaardig.ingest.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event machinery ({@code vaardig.events.*}).
 *
 * @param instanceId        stable name of this app instance; per-instance consumer groups (live feed) use it
 * @param createTopics      create missing topics at start-up (off when a platform team manages them)
 * @param replicationFactor replication of created topics (3 in production, 1 on the embedded broker)
 * @param relayBatchSize    outbox rows published per relay round
 * @param relayIdle         how long the relay sleeps when the outbox is empty (a commit wakes it earlier)
 * @param maxPollRecords    records a consumer handles in one transaction
 * @param maxRecordBytes    larger records are dead letters ({@code OVERSIZED})
 * @param fetchMinBytes     bytes a consumer's fetch waits for (at most 100 ms): under load a poll brings a batch
 *                          instead of the few records that arrived since the last one, so every transaction,
 *                          WAL flush and offset commit covers more records; default 1 (answer at once, Kafka's
 *                          own default) until a quiet side-by-side run shows the larger fetch pays for the up to
 *                          100 ms it adds to every hop of an event's way to a screen
 * @param retryAttempts     attempts of a failing batch before it is split and the failing records dead-lettered
 * @param processedRetention how long processed event ids are kept for de-duplication (longer than any topic's retention)
 */
@ConfigurationProperties("vaardig.events")
public record EventsProperties(@DefaultValue("local") String instanceId,
                               @DefaultValue("true") boolean enabled,
                               @DefaultValue("true") boolean createTopics,
                               @DefaultValue("1") short replicationFactor,
                               @DefaultValue("2000") int relayBatchSize,
                               @DefaultValue("200ms") Duration relayIdle,
                               @DefaultValue("2000") int maxPollRecords,
                               @DefaultValue("524288") int maxRecordBytes,
                               @DefaultValue("1") int fetchMinBytes,
                               @DefaultValue("3") int retryAttempts,
                               @DefaultValue("100d") Duration processedRetention) {

    public EventsProperties {
        if (!instanceId.matches("[A-Za-z0-9._-]{1,60}")) {
            throw new IllegalArgumentException("vaardig.events.instance-id must be letters, digits, '.', '_' or '-'");
        }
        if (relayBatchSize < 1 || maxPollRecords < 1 || retryAttempts < 1 || fetchMinBytes < 1) {
            throw new IllegalArgumentException("vaardig.events batch sizes and attempts must be positive");
        }
    }
}
