package nl.vaardig.web.feed;

import java.util.List;
import nl.vaardig.ingest.feed.FeedVacancy;
import nl.vaardig.ingest.pipeline.FeedSkill;
import nl.vaardig.ingest.pipeline.FeedVacancyStore;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.vacancy.RequiredSkill;
import nl.vaardig.web.vacancy.VacancyDraft;
import nl.vaardig.web.vacancy.VacancyService.VacancyDraftFromFeed;
import nl.vaardig.web.vacancy.VacancyService;
import nl.vaardig.web.vacancy.VacancySource;
import nl.vaardig.web.vacancy.WorkLocation;
import org.springframework.stereotype.Component;

/** The feed pipeline's vacancy store: a feed vacancy becomes a vacancy draft, checked, then upserted in batches. */
@Component
class FeedVacancies implements FeedVacancyStore<VacancyDraftFromFeed> {

    private final VacancyService vacancies;

    FeedVacancies(VacancyService vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public VacancyDraftFromFeed check(FeedVacancy v, List<FeedSkill> skills) {
        List<RequiredSkill> required = skills.stream()
                .map(s -> new RequiredSkill(s.skill(), s.essential(), s.evidence())).toList();
        WorkLocation location = v.gemeente() == null && v.latitude() == null ? null
                : new WorkLocation(v.gemeente(), v.latitude() == null ? null : new GeoPoint(v.latitude(), v.longitude()));
        VacancyDraft draft = new VacancyDraft(v.employer(), v.title(), v.description(), new AmrCode(v.region()),
                location, new HoursPerWeek(v.hoursMin(), v.hoursMax()), ContractType.valueOf(v.contractType()),
                v.occupation() == null ? null : new OccupationUri(v.occupation()),
                v.isco() == null ? null : new IscoCode(v.isco()), required, new ValidityPeriod(v.validFrom(), v.validUntil()));
        vacancies.requireKnownSkills(draft);
        return new VacancyDraftFromFeed(draft, new VacancySource.Feed(v.feed(), v.externalId()));
    }

    @Override
    public void store(List<VacancyDraftFromFeed> checked) {
        vacancies.upsertFromFeed(checked);
    }
}
