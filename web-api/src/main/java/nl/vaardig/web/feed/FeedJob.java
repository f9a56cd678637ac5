package nl.vaardig.web.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One uploaded feed file and how far it got: read (valid / invalid records), stored by the ingest consumer, and
 * failed in processing. Every valid record ends up stored or failed; every invalid one is a dead letter.
 */
public record FeedJob(UUID id, String feed, String fileName, String format, String uploadedBy, Status status,
                      long recordsRead, long recordsValid, long recordsInvalid, long stored, long failed,
                      String message, Instant startedAt, Instant readFinishedAt, Instant finishedAt) {

    /** STALLED: no progress for a while (see the message); progress puts the job back to READING or PROCESSING. */
    public enum Status { READING, PROCESSING, STALLED, DONE, FAILED }

    public FeedJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** Records stored per second so far (or over the whole run once done). */
    public double rate(Instant now) {
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return stored / seconds;
    }

    /** Whether every valid record has been stored or failed. */
    public boolean complete() {
        return readFinishedAt != null && stored + failed >= recordsValid;
    }
}
