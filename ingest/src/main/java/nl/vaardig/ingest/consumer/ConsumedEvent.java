package nl.vaardig.ingest.consumer;

import java.util.Objects;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.payload.EventPayload;

/** An event as a consumer received it, with where it came from (for dead letters and logs). */
public record ConsumedEvent(EventEnvelope<EventPayload> envelope, String topic, int partition, long offset,
                            byte[] raw) {
    public ConsumedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(topic, "topic");
    }

    public EventPayload payload() {
        return envelope.data();
    }
}
