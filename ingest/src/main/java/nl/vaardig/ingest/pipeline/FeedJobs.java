package nl.vaardig.ingest.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed_job table. */
@Repository
public class FeedJobs {

    /** Progress moves the clock of the stall check and brings a STALLED job back to work. */
    private static final String PROGRESSED = "progressed_at = now(), "
            + "message = case when status = 'STALLED' then null else message end, "
            + "stall_kind = null, stall_minutes = null, stall_lag = null, "
            + "status = case when status <> 'STALLED' then status "
            + "when read_finished_at is null then 'READING' else 'PROCESSING' end";

    private final JdbcClient jdbc;

    FeedJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID id, String feed, String fileName, String format, String uploadedBy) {
        jdbc.sql("insert into feed_job (id, feed, file_name, format, uploaded_by, status) values (?, ?, ?, ?, ?, 'READING')")
                .params(id, feed, fileName, format, uploadedBy).update();
    }

    void addRead(UUID id, long valid, long invalid) {
        jdbc.sql("update feed_job set records_read = records_read + ?, records_valid = records_valid + ?, "
                + "records_invalid = records_invalid + ?, " + PROGRESSED + " where id = ?")
                .params(valid + invalid, valid, invalid, id).update();
    }

    void readingFinished(UUID id) {
        jdbc.sql("update feed_job set status = 'PROCESSING', message = null, stall_kind = null, stall_minutes = null, stall_lag = null, read_finished_at = now(), progressed_at = now() "
                + "where id = ? and status in ('READING', 'STALLED') and read_finished_at is null").param(id).update();
        finishIfComplete(id);
    }

    void readingFailed(UUID id, String message) {
        jdbc.sql("update feed_job set status = 'FAILED', message = ?, read_finished_at = now(), finished_at = now() where id = ?")
                .params(message, id).update();
    }

    /** Adds stored / failed counts per job (in the consumer's transaction). */
    public void addProcessed(Map<UUID, long[]> storedAndFailed) {
        storedAndFailed.forEach((id, counts) -> {
            jdbc.sql("update feed_job set stored = stored + ?, failed = failed + ?, " + PROGRESSED + " where id = ?")
                    .params(counts[0], counts[1], id).update();
            finishIfComplete(id);
        });
    }

    private void finishIfComplete(UUID id) {
        jdbc.sql("update feed_job set status = 'DONE', finished_at = now() where id = ? and status = 'PROCESSING' "
                + "and stored + failed >= records_valid").param(id).update();
    }

    /** Jobs still reading or processing whose last progress is older than {@code age}. */
    List<FeedJob> withoutProgressFor(Duration age) {
        return jdbc.sql("select * from feed_job where status in ('READING', 'PROCESSING') "
                + "and progressed_at < now() - make_interval(secs => ?)").param((double) age.toSeconds())
                .query(FeedJobs::row).list();
    }

    /** STALLED with the reason, unless the job moved in the meantime. Returns whether it was marked. */
    boolean markStalled(UUID id, FeedJob.Status seen, Duration age, String reason, FeedJob.Stall stall) {
        return jdbc.sql("update feed_job set status = 'STALLED', message = ?, stall_kind = ?, stall_minutes = ?, stall_lag = ? "
                + "where id = ? and status = ? and progressed_at < now() - make_interval(secs => ?)")
                .params(reason, stall.kind().name(), stall.minutes(), stall.lag(), id, seen.name(), (double) age.toSeconds())
                .update() == 1;
    }

    public Optional<FeedJob> find(UUID id) {
        return jdbc.sql("select * from feed_job where id = ?").param(id).query(FeedJobs::row).optional();
    }

    public List<FeedJob> recent(int limit) {
        return jdbc.sql("select * from feed_job order by started_at desc limit ?").param(limit).query(FeedJobs::row).list();
    }

    private static FeedJob row(ResultSet rs, int n) throws SQLException {
        return new FeedJob(rs.getObject("id", UUID.class), rs.getString("feed"), rs.getString("file_name"),
                rs.getString("format"), rs.getString("uploaded_by"), FeedJob.Status.valueOf(rs.getString("status")),
                rs.getLong("records_read"), rs.getLong("records_valid"), rs.getLong("records_invalid"),
                rs.getLong("stored"), rs.getLong("failed"), rs.getString("message"), instant(rs, "started_at"),
                instant(rs, "read_finished_at"), instant(rs, "finished_at"), stall(rs));
    }

    private static FeedJob.Stall stall(ResultSet rs) throws SQLException {
        String kind = rs.getString("stall_kind");
        return kind == null ? null : new FeedJob.Stall(FeedJob.Stall.Kind.valueOf(kind), rs.getInt("stall_minutes"),
                (Long) rs.getObject("stall_lag"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
