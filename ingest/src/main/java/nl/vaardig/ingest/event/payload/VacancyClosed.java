package nl.vaardig.ingest.event.payload;

import java.util.Objects;
import java.util.UUID;

/** A vacancy stopped taking applications (filled, withdrawn, or its validity ended). */
public record VacancyClosed(UUID vacancyId, String region, Reason reason, long version) implements EventPayload {

    public enum Reason { FILLED, WITHDRAWN, EXPIRED, REMOVED_FROM_FEED }

    public VacancyClosed {
        Payloads.id(vacancyId, "vacancyId");
        Payloads.region(region);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String subject() {
        return vacancyId.toString();
    }
}
