package nl.vaardig.web.vacancy;

import java.util.Objects;
import nl.vaardig.matching.model.VacancyId;

/** What a row that names a vacancy shows of it: its title and employer, read without its text and skills. */
public record VacancyHeadline(VacancyId id, String title, String employer) {
    public VacancyHeadline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(employer, "employer");
    }
}
