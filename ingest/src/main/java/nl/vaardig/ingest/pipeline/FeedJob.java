package nl.vaardig.ingest.pipeline;

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
                      String message, Instant startedAt, Instant readFinishedAt, Instant finishedAt, Stall stall) {

    /** STALLED: no progress for a while (see the message); progress puts the job back to READING or PROCESSING. */
    public enum Status { READING, PROCESSING, STALLED, DONE, FAILED }

    /**
     * Why a job stalled, for a message in the reader's language: READING (no progress while reading the file),
     * or, while processing, the feed consumer's state: LAG_UNKNOWN (broker unreachable), CAUGHT_UP (it read the
     * whole topic, so the records will not arrive: upload again) or BEHIND ({@code lag} records behind).
     */
    public record Stall(Kind kind, int minutes, Long lag) {
        public enum Kind { READING, LAG_UNKNOWN, CAUGHT_UP, BEHIND }

        public Stall {
            Objects.requireNonNull(kind, "kind");
        }
    }

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
