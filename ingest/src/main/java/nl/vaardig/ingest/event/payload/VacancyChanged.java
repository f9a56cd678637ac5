package nl.vaardig.ingest.event.payload;

import java.util.Objects;

/** A published vacancy was edited; carries the whole new state. */
public record VacancyChanged(VacancyState vacancy) implements EventPayload {
    public VacancyChanged {
        Objects.requireNonNull(vacancy, "vacancy");
    }

    @Override
    public String region() {
        return vacancy.region();
    }

    @Override
    public String subject() {
        return vacancy.vacancyId().toString();
    }
}
