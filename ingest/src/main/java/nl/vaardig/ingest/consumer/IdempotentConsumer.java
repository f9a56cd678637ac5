package nl.vaardig.ingest.consumer;

import java.sql.Array;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exactly-once effects on top of at-least-once delivery: inside the transaction that applies the effects, claim
 * the event ids; only ids not claimed before by this consumer come back. If the transaction rolls back, so does
 * the claim. The event workers do this for every {@link EventHandler}; call it directly when consuming events by
 * other means.
 */
@Component
public class IdempotentConsumer {

    static final String DURABLE_COMMIT = "set local synchronous_commit = on";

    private final JdbcTemplate jdbc;

    public IdempotentConsumer(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the ids among {@code eventIds} that this consumer had not processed yet (now claimed) */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> claim(String consumer, Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> fresh = new HashSet<>();
        jdbc.query(con -> {
            var statement = con.prepareStatement("insert into processed_event (consumer, event_id) "
                    + "select ?, unnest(?) on conflict do nothing returning event_id");
            statement.setString(1, consumer);
            Array ids = con.createArrayOf("uuid", eventIds.toArray());
            statement.setArray(2, ids);
            return statement;
        }, rs -> {
            fresh.add(rs.getObject(1, UUID.class));
        });
        return fresh;
    }

    /**
     * Makes the current transaction's commit wait until its WAL is flushed, whatever the server's default: the
     * worker commits its Kafka offsets as soon as this commit returns, so a commit the server could still lose in
     * a crash ({@code synchronous_commit=off}) would lose the records for good.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commitDurably() {
        jdbc.execute(DURABLE_COMMIT);
    }

    /** Forgets ids processed longer ago than every topic keeps its records. Returns how many were removed. */
    @Transactional
    public int forgetOlderThan(java.time.Duration age) {
        return jdbc.update("delete from processed_event where processed_at < now() - make_interval(secs => ?)",
                (double) age.toSeconds());
    }
}
