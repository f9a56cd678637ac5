package nl.vaardig.ingest.event.payload;

import java.util.Objects;

/** A vacancy became visible to job seekers and coaches (first publication, from the UI or a feed). */
public record VacancyPublished(VacancyState vacancy) implements EventPayload {
    public VacancyPublished {
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
