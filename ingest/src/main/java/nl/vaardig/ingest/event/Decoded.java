package nl.vaardig.ingest.event;

import java.util.Objects;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import nl.vaardig.ingest.event.payload.EventPayload;

/** The result of reading one record: an event, or the reason it is poison. */
public sealed interface Decoded {

    record Accepted(EventEnvelope<EventPayload> envelope) implements Decoded {
        public Accepted {
            Objects.requireNonNull(envelope, "envelope");
        }
    }

    record Rejected(DeadLetterReason reason, String detail) implements Decoded {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        }
    }
}
