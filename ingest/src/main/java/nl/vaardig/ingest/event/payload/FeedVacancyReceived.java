package nl.vaardig.ingest.event.payload;

import java.util.Objects;
import java.util.UUID;
import nl.vaardig.ingest.feed.FeedVacancy;

/**
 * Input event: one vacancy of a bulk feed, validated for shape, before skill extraction and storage.
 *
 * @param jobId the upload it came from (progress is counted per job); null when an external system produced it
 * @param line  its line in the uploaded file (1-based; 0 when not from a file)
 */
public record FeedVacancyReceived(UUID jobId, long line, FeedVacancy vacancy) implements EventPayload {
    public FeedVacancyReceived {
        Objects.requireNonNull(vacancy, "vacancy");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0");
        }
    }

    @Override
    public String region() {
        return vacancy.region();
    }

    @Override
    public String subject() {
        return vacancy.feed() + ":" + vacancy.externalId();
    }
}
