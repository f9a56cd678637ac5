package nl.vaardig.web.matching;

import java.time.LocalDate;
import java.util.UUID;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.vacancy.VacancyDraft;
import nl.vaardig.web.vacancy.VacancyPosting;

/** What a result card shows of a vacancy; {@code synthetic} for generated demo vacancies. */
public record VacancyCard(UUID id, String title, String employer, String region, String regionName, String gemeente,
                          int hoursMin, int hoursMax, String contract, LocalDate validUntil, boolean synthetic) {

    public static VacancyCard of(VacancyPosting v, LabourMarketRegions regions) {
        VacancyDraft c = v.content();
        return new VacancyCard(v.id().value(), c.title(), c.employer(), c.region().value(),
                regions.region(c.region()).map(r -> r.name()).orElse(c.region().value()),
                c.location() == null ? null : c.location().gemeente(), c.hours().min(), c.hours().max(),
                c.contract().name(), c.validity().until(), v.source().synthetic());
    }
}
