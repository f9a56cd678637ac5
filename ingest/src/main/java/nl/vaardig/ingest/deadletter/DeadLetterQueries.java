package nl.vaardig.ingest.deadletter;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.vaardig.ingest.deadletter.DeadLetterReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading the stored dead letters (administrators' screen, feed job errors). */
@Component
public class DeadLetterQueries {

    /** A dead letter without its payload, for lists. */
    public record Summary(UUID id, String sourceTopic, String consumer, String reason, String detail, UUID jobId,
                          Long line, Instant failedAt, Instant redrivenAt) {
    }

    private final JdbcClient jdbc;

    public DeadLetterQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Summary> list(boolean openOnly, DeadLetterReason reason, int limit) {
        return jdbc.sql("select * from dead_letter where (not ? or redriven_at is null) and (?::text is null or reason = ?) "
                        + "order by failed_at desc, id limit ?")
                .params(openOnly, reason == null ? null : reason.name(), reason == null ? null : reason.name(), limit)
                .query(DeadLetterQueries::summary).list();
    }

    public Optional<Summary> summary(UUID id) {
        return jdbc.sql("select * from dead_letter where id = ?").param(id).query(DeadLetterQueries::summary).optional();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from dead_letter where redriven_at is null").query(Long.class).single();
    }

    public List<Summary> forJob(UUID jobId, int limit) {
        return jdbc.sql("select * from dead_letter where job_id = ? order by line nulls last, failed_at limit ?")
                .params(jobId, limit).query(DeadLetterQueries::summary).list();
    }

    public Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("select * from dead_letter where id = ?").param(id).query((rs, n) -> new DeadLetter(
                rs.getObject("id", UUID.class), rs.getString("source_topic"), (Integer) rs.getObject("source_partition"),
                (Long) rs.getObject("source_offset"), rs.getString("consumer"),
                DeadLetterReason.valueOf(rs.getString("reason")), rs.getString("detail"), rs.getBytes("payload"),
                rs.getString("kafka_key"), rs.getObject("job_id", UUID.class), (Long) rs.getObject("line"),
                rs.getTimestamp("failed_at").toInstant())).optional();
    }

    Optional<Instant> redrivenAt(UUID id) {
        return jdbc.sql("select redriven_at from dead_letter where id = ?").param(id)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    static String text(byte[] payload) {
        return payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
    }

    private static Summary summary(ResultSet rs, int n) throws SQLException {
        return new Summary(rs.getObject("id", UUID.class), rs.getString("source_topic"), rs.getString("consumer"),
                rs.getString("reason"), rs.getString("detail"), rs.getObject("job_id", UUID.class),
                (Long) rs.getObject("line"), rs.getTimestamp("failed_at").toInstant(),
                rs.getTimestamp("redriven_at") == null ? null : rs.getTimestamp("redriven_at").toInstant());
    }
}
