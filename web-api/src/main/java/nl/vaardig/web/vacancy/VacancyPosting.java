package nl.vaardig.web.vacancy;

import java.util.Objects;
import nl.vaardig.matching.model.VacancyId;

/** A stored vacancy: the employer's draft plus identity, life-cycle status, origin and optimistic-lock version. */
public record VacancyPosting(VacancyId id, VacancyDraft content, VacancyStatus status, VacancySource source, long version) {

    public VacancyPosting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1");
        }
    }

    public VacancyPosting withStatus(VacancyStatus newStatus) {
        return new VacancyPosting(id, content, newStatus, source, version + 1);
    }

    public VacancyPosting withContent(VacancyDraft newContent) {
        return new VacancyPosting(id, newContent, status, source, version + 1);
    }
}
