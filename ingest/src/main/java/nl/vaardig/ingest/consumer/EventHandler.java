package nl.vaardig.ingest.consumer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.ingest.event.Topic;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer of Vaardig events. Declare a Spring bean implementing this and a worker thread consumes its topics:
 * records are decoded (poison → dead-letter topic with the reason), de-duplicated by event id, and handed over in
 * batches. For {@link Delivery#SHARED} the batch runs in one database transaction together with the
 * claim of its event ids ({@link IdempotentConsumer}), so an effect and its "processed" mark commit together and
 * a replay changes nothing. A batch that keeps failing is split, and the records that fail alone become dead
 * letters ({@code PROCESSING_FAILED}); the rest is processed.
 */
public interface EventHandler {

    /** How the events reach the instances of the application. */
    enum Delivery {
        /** One consumer group over all instances: each event is handled once, by one instance. */
        SHARED,
        /**
         * Every instance receives every event (its own group, named after the instance), from where it stopped.
         * For state that lives in each instance, such as the live feed's open connections.
         */
        PER_INSTANCE,
        /**
         * Every instance receives every event from the end offsets at its start, after {@link #rebuild} has
         * brought its in-memory state up from the system of record. No group, no committed offsets.
         */
        REBUILD_ON_START
    }

    /** Consumer name: the group id (and, for per-instance delivery, its prefix). Lower case, dots and dashes. */
    String name();

    Set<Topic> topics();

    default Delivery delivery() {
        return Delivery.SHARED;
    }

    /** Handle a batch of new events (already de-duplicated for {@link Delivery#SHARED}). */
    void handle(List<ConsumedEvent> events);

    /**
     * An event this consumer could not process became a dead letter ({@code PROCESSING_FAILED}); called once per
     * event, in a transaction of its own, so a handler can account for it (e.g. a feed job's failed count).
     */
    default void deadLettered(ConsumedEvent event) {
    }

    /**
     * {@link Delivery#REBUILD_ON_START} only: rebuild state from the system of record. The worker consumes from
     * the given end offsets (taken before the rebuild) afterwards, so nothing between is missed.
     */
    default void rebuild(Map<TopicPartition, Long> endOffsets) {
    }
}
