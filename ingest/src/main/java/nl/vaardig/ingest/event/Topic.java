package nl.vaardig.ingest.event;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every Kafka topic Vaardig owns, with the settings that are part of its contract: partition count (one per
 * arbeidsmarktregio and some headroom, see {@link RegionPartitioner}), clean-up policy and retention. The topic
 * names carry a major version: an incompatible change gets a new topic, never a silent reinterpretation.
 */
public enum Topic {
    /** Vacancy lifecycle: published, changed, closed. Partitioned by region, keyed by vacancy id. */
    VACANCY("vaardig.vacancy.v1", 40, Cleanup.COMPACT_DELETE, Duration.ofDays(90), Duration.ofDays(7), null),
    /** Person lifecycle: registered, consent changed, deleted (+ tombstone). Compacted per pseudonymous profile id. */
    PROFILE("vaardig.profile.v1", 40, Cleanup.COMPACT, null, Duration.ZERO, Duration.ofDays(1)),
    /** Coach and employer interaction: match proposed, invitation answered, outcome recorded. */
    MATCHING("vaardig.matching.v1", 40, Cleanup.DELETE, Duration.ofDays(30), null, null),
    /** Learning routes started. */
    LEARNING("vaardig.learning.v1", 40, Cleanup.DELETE, Duration.ofDays(30), null, null),
    /** Input: vacancies from bulk feeds (upload or external producers), before validation and extraction. */
    VACANCY_FEED("vaardig.vacancy-feed.v1", 40, Cleanup.DELETE, Duration.ofDays(7), null, null),
    /** Records a consumer could not process, with the reason and the original bytes. */
    DEAD_LETTER("vaardig.dead-letter.v1", 4, Cleanup.DELETE, Duration.ofDays(30), null, null);

    /** How Kafka cleans the log; {@code COMPACT_DELETE} keeps the latest per key, and nothing older than retention. */
    public enum Cleanup {
        DELETE("delete"), COMPACT("compact"), COMPACT_DELETE("compact,delete");

        private final String kafkaValue;

        Cleanup(String kafkaValue) {
            this.kafkaValue = kafkaValue;
        }

        public String kafkaValue() {
            return kafkaValue;
        }
    }

    /** How long a tombstone stays readable on a compacted topic: consumers that are down longer must rebuild. */
    public static final Duration TOMBSTONE_RETENTION = Duration.ofDays(1);

    private final String topicName;
    private final int partitions;
    private final Cleanup cleanup;
    private final Duration retention;
    private final Duration minCompactionLag;
    private final Duration maxCompactionLag;

    /**
     * @param minCompactionLag how long every record stays, even if superseded: a consumer that is less far behind
     *                         sees every transition, not only the latest state
     * @param maxCompactionLag the longest a superseded record (or a deleted person's data) may stay before
     *                         compaction removes it
     */
    Topic(String topicName, int partitions, Cleanup cleanup, Duration retention, Duration minCompactionLag,
          Duration maxCompactionLag) {
        this.topicName = topicName;
        this.partitions = partitions;
        this.cleanup = cleanup;
        this.retention = retention;
        this.minCompactionLag = minCompactionLag;
        this.maxCompactionLag = maxCompactionLag;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    /** The broker settings this topic is created with (topic-level configs, Kafka names). */
    public Map<String, String> configs() {
        Map<String, String> configs = new java.util.LinkedHashMap<>();
        configs.put("cleanup.policy", cleanup.kafkaValue());
        configs.put("retention.ms", retention == null ? "-1" : String.valueOf(retention.toMillis()));
        if (cleanup != Cleanup.DELETE) {
            configs.put("delete.retention.ms", String.valueOf(TOMBSTONE_RETENTION.toMillis()));
            configs.put("min.compaction.lag.ms", String.valueOf(minCompactionLag.toMillis()));
            if (maxCompactionLag != null) {
                configs.put("max.compaction.lag.ms", String.valueOf(maxCompactionLag.toMillis()));
                configs.put("segment.ms", String.valueOf(maxCompactionLag.toMillis()));
            }
        }
        configs.put("max.message.bytes", String.valueOf(2 * 1024 * 1024));
        return Map.copyOf(configs);
    }

    public static Topic byName(String name) {
        Objects.requireNonNull(name, "name");
        for (Topic topic : values()) {
            if (topic.topicName.equals(name)) {
                return topic;
            }
        }
        throw new IllegalArgumentException("Not a Vaardig topic: " + name);
    }

    @Override
    public String toString() {
        return topicName.toLowerCase(Locale.ROOT);
    }
}
