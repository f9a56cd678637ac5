package nl.vaardig.web.vacancy;

import java.util.List;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;

/** Where vacancies are made findable for matching. The matching engine implements it; tests may count calls. */
public interface VacancyIndex {

    /** Adds or replaces vacancies by id (idempotent). */
    void index(List<Vacancy> vacancies);

    /** Removes vacancies by id; unknown ids are ignored. */
    void remove(List<VacancyId> ids);

    /** Makes the changes so far visible to searches. */
    void refresh();

    /** Vacancies currently searchable. */
    int size();
}
