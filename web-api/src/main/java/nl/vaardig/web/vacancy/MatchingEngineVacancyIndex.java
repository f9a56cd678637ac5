package nl.vaardig.web.vacancy;

import java.util.List;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import org.springframework.stereotype.Component;

/** The vacancy index on the matching engine (matching-core's Lucene index). */
@Component
class MatchingEngineVacancyIndex implements VacancyIndex {

    private final MatchingEngine engine;

    MatchingEngineVacancyIndex(MatchingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void index(List<Vacancy> vacancies) {
        vacancies.forEach(engine::indexVacancy);
    }

    @Override
    public void remove(List<VacancyId> ids) {
        ids.forEach(engine::removeVacancy);
    }

    @Override
    public void refresh() {
        engine.refresh();
    }

    @Override
    public int size() {
        return engine.vacancyCount();
    }
}
