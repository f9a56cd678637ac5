package nl.vaardig.web.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.LabelView;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import nl.vaardig.web.vacancy.VacancyPosting;
import nl.vaardig.web.vacancy.VacancyService;
import nl.vaardig.web.vacancy.VacancyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vacancy as a jobcoach opens it from the live feed (issue 18): published or closed vacancies of the coach's own
 * regions only. A vacancy of another region, a draft, or an unknown id is 404, the same answer for each, so the
 * answer says nothing about vacancies the coach may not see.
 */
@RestController
public class CoachVacancyController {

    public record SkillView(String uri, String label, String labelLanguage, boolean derived, boolean essential) {
    }

    public record VacancyView(UUID id, String title, String employer, String region, String regionName, String gemeente,
                              String status, Integer hoursMin, Integer hoursMax, LocalDate validUntil, String description,
                              boolean synthetic, List<SkillView> skills) {
    }

    private final VacancyService vacancies;
    private final TaxonomyRuntime taxonomy;

    CoachVacancyController(VacancyService vacancies, TaxonomyRuntime taxonomy) {
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/api/coach/vacancies/{id}")
    @PreAuthorize("hasRole('JOBCOACH')")
    public VacancyView vacancy(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                               @RequestParam(name = "lang", required = false) String lang) {
        CurrentUser coach = TokenClaims.currentUser(jwt);
        VacancyPosting v = vacancies.find(new VacancyId(id))
                .filter(found -> found.status() != VacancyStatus.DRAFT)
                .filter(found -> coach.regions().contains(found.content().region().value()))
                .orElseThrow(() -> new NotFoundException("vacancy " + id));
        Locale locale = RequestedLabelLanguage.of(lang);
        var c = v.content();
        AmrCode region = c.region();
        List<SkillView> skills = c.skills().stream().map(s -> {
            LabelView label = LabelView.of(taxonomy.taxonomy(), s.skill(), locale);
            return new SkillView(s.skill().value(), label.label(), label.labelLanguage(), label.derived(), s.essential());
        }).sorted((a, b) -> Boolean.compare(b.essential(), a.essential())).toList();
        return new VacancyView(id, c.title(), c.employer(), region.value(),
                taxonomy.regions().region(region).map(r -> r.name()).orElse(region.value()),
                c.location() == null ? null : c.location().gemeente(), v.status().name(),
                c.hours() == null ? null : c.hours().min(), c.hours() == null ? null : c.hours().max(),
                c.validity() == null ? null : c.validity().until(), c.description(), v.source().synthetic(), skills);
    }
}
