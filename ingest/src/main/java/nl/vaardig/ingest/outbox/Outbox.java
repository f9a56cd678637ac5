package nl.vaardig.ingest.outbox;

import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.EventEnvelope;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.EventPayload;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: the one way to emit an event. Call it inside the transaction that makes the change
 * the event announces; the event then reaches Kafka if and only if the change commits ({@link OutboxRelay}
 * publishes it after the commit). Outside a transaction the call fails.
 *
 * <pre>{@code
 * @Transactional
 * public void register(...) {
 *     profiles.insert(row);
 *     outbox.append(EventCatalogue.envelope(new ProfileRegistered(id, region, today)));
 * }
 * }</pre>
 */
@Component
public class Outbox {

    private static final String INSERT = "insert into event_outbox (event_id, topic, kafka_key, region, event_type, payload) "
            + "values (?, ?, ?, ?, ?, ?)";

    /** From this many events on, one COPY beats a JDBC batch of single-row inserts. */
    static final int COPY_FROM = 64;

    /** A vacancy event's row is 0.6–1 kB; the rows' buffer grows if the guess is short. */
    private static final int ROW_BYTES_GUESS = 1024;

    private final JdbcTemplate jdbc;
    private final OutboxRelay relay;
    private final EnvelopeCodec codec = new EnvelopeCodec();

    public Outbox(JdbcTemplate jdbc, OutboxRelay relay) {
        this.jdbc = jdbc;
        this.relay = relay;
    }

    /** Appends one event; its topic comes from the catalogue, its Kafka key is its subject. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(EventEnvelope<? extends EventPayload> envelope) {
        appendAll(List.of(envelope));
    }

    /** Appends events in one batch (bulk ingest). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<? extends EventEnvelope<? extends EventPayload>> envelopes) {
        if (envelopes.isEmpty()) {
            return;
        }
        if (envelopes.size() < COPY_FROM) {
            jdbc.batchUpdate(INSERT, envelopes, 1000, (statement, envelope) -> {
                statement.setObject(1, envelope.id());
                statement.setString(2, topicOf(envelope).topicName());
                statement.setString(3, envelope.subject());
                statement.setString(4, envelope.region());
                statement.setString(5, envelope.type());
                statement.setBytes(6, codec.encode(envelope));
            });
        } else {
            copy(envelopes);
        }
        wakeRelayAfterCommit();
    }

    /**
     * Appends a tombstone (null value) for a key of a compacted topic: after compaction no earlier record of
     * that key remains. Used after {@code ProfileDeleted}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendTombstone(Topic topic, String key, String region) {
        if (topic.cleanup() == Topic.Cleanup.DELETE) {
            throw new IllegalArgumentException(topic.topicName() + " is not compacted; a tombstone would mean nothing");
        }
        jdbc.update(INSERT, UUID.randomUUID(), topic.topicName(), key, region, "tombstone", null);
        wakeRelayAfterCommit();
    }

    /**
     * A bulk batch (a feed consumer's, thousands of events) in one COPY: the rows stream to the server in one go
     * instead of one INSERT execution each. Binary format: the payload bytes as they are ({@link CopyBinary}),
     * encoded straight into the rows, and the rows handed to the driver as they are (round 15: each payload was
     * built in an array of its own, copied into the rows, and the rows copied twice more on their way out).
     */
    private void copy(List<? extends EventEnvelope<? extends EventPayload>> envelopes) {
        CopyBinary rows = new CopyBinary(envelopes.size() * ROW_BYTES_GUESS);
        for (EventEnvelope<? extends EventPayload> envelope : envelopes) {
            rows.row(6).uuid(envelope.id()).text(topicOf(envelope).topicName()).text(envelope.subject())
                    .text(envelope.region()).text(envelope.type()).field(out -> codec.encode(envelope, out));
        }
        rows.finish();
        jdbc.execute((ConnectionCallback<Long>) con -> {
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy event_outbox (event_id, topic, kafka_key, region, event_type, payload) from stdin (format binary)");
            try {
                copy.writeToCopy(rows.array(), 0, rows.length());
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    private static Topic topicOf(EventEnvelope<? extends EventPayload> envelope) {
        return EventCatalogue.byType(envelope.type())
                .orElseThrow(() -> new IllegalArgumentException("Not a catalogued event type: " + envelope.type()))
                .topic();
    }

    private void wakeRelayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.wakeUp();
                }
            });
        }
    }
}
