package nl.vaardig.web.vacancy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;

/** Translations between the stored vacancy, its event payload and the matcher's view of it. */
public final class VacancyEvents {

    private VacancyEvents() {
    }

    public static VacancyState state(VacancyPosting vacancy) {
        VacancyDraft c = vacancy.content();
        GeoPoint point = c.location() == null ? null : c.location().point();
        return new VacancyState(vacancy.id().value(), c.employer(), c.title(), c.region().value(),
                c.location() == null ? null : c.location().gemeente(),
                point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                c.hours().min(), c.hours().max(), c.contract().name(),
                c.occupation() == null ? null : c.occupation().value(), c.isco() == null ? null : c.isco().value(),
                c.skills().stream().map(s -> new VacancyState.SkillRequirement(s.skill().value(), s.essential())).toList(),
                c.validity().from(), c.validity().until(), vacancy.status().name(), vacancy.source().tag(),
                vacancy.source().externalId(), vacancy.version());
    }

    /**
     * The matcher's view of a vacancy event, or empty when it cannot be matched (no skills: the matcher ranks on
     * skills only).
     */
    public static Optional<Vacancy> forMatching(VacancyState state, LocalDate published) {
        if (state.skills().isEmpty()) {
            return Optional.empty();
        }
        List<VacancySkill> skills = state.skills().stream().map(s -> s.essential()
                ? VacancySkill.essential(new SkillUri(s.uri())) : VacancySkill.optional(new SkillUri(s.uri()))).toList();
        LocalDate from = state.validFrom();
        LocalDate publishedOn = published.isBefore(from) ? published : from;
        return Optional.of(new Vacancy(new VacancyId(state.vacancyId()),
                state.title(), state.occupation() == null ? null : new OccupationUri(state.occupation()),
                new AmrCode(state.region()),
                state.latitude() == null ? null : new GeoPoint(state.latitude(), state.longitude()),
                new HoursPerWeek(state.hoursMin(), state.hoursMax()),
                ContractType.valueOf(state.contractType()),
                state.isco() == null ? null : new IscoCode(state.isco()), publishedOn,
                new ValidityPeriod(from, state.validUntil()), skills, false));
    }
}
