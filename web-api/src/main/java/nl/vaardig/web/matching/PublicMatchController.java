package nl.vaardig.web.matching;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.gap.GapOptions;
import nl.vaardig.matching.gap.GapPlanner;
import nl.vaardig.matching.gap.Target;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import nl.vaardig.web.vacancy.Vacancy;
import nl.vaardig.web.vacancy.VacancyService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching for visitors without an account: a skills profile kept in their browser comes in, ranked open vacancies
 * with explanations and the learning routes that close a gap go out. Nothing of the profile is stored or logged.
 */
@RestController
@RequestMapping("/api/public/match")
public class PublicMatchController {

    public record VacancySearch(@NotNull(message = "{vaardig.match.profile.required}") @Valid ProfileInput profile,
                                @Min(value = 1, message = "{vaardig.match.limit.range}") @Max(value = 50, message = "{vaardig.match.limit.range}") Integer limit) {
    }

    public record VacancyResult(VacancyCard vacancy, double score, ExplanationView explanation) {
    }

    public record VacancyResults(List<VacancyResult> items) {
    }

    /** type "vacancy" (with vacancyId), "occupation" (with an ESCO occupation URI) or "region" (the profile's region). */
    public record TargetInput(@NotNull(message = "{vaardig.match.target.type}") String type, UUID vacancyId, String occupation) {
    }

    public record RouteSearch(@NotNull(message = "{vaardig.match.profile.required}") @Valid ProfileInput profile,
                              @NotNull(message = "{vaardig.match.target.type}") @Valid TargetInput target) {
    }

    private final MatchingEngine engine;
    private final AnonymousProfiles profiles;
    private final VacancyService vacancies;
    private final TaxonomyRuntime taxonomy;

    public PublicMatchController(MatchingEngine engine, AnonymousProfiles profiles, VacancyService vacancies,
                                 TaxonomyRuntime taxonomy) {
        this.engine = engine;
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
    }

    @PostMapping("/vacancies")
    @PermitAll
    public VacancyResults vacancies(@Valid @RequestBody VacancySearch search,
                                    @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = profiles.toProfile(search.profile(), "profile", locale);
        int limit = search.limit() == null ? 20 : search.limit();
        List<VacancyMatch> matches = engine.matchVacancies(profile, profiles.query(search.profile(), profile, locale), limit);
        Map<VacancyId, Vacancy> stored = vacancies.findAll(matches.stream().map(VacancyMatch::vacancy).toList());
        List<VacancyResult> items = new ArrayList<>();
        for (VacancyMatch m : matches) {
            Vacancy v = stored.get(m.vacancy());
            if (v != null) { // closed meanwhile: the index follows the store within a second
                items.add(new VacancyResult(VacancyCard.of(v, taxonomy.regions()), m.score(),
                        ExplanationView.of(m.explanation(), locale)));
            }
        }
        return new VacancyResults(items);
    }

    @PostMapping("/routes")
    @PermitAll
    public RoutePlanView routes(@Valid @RequestBody RouteSearch search,
                                @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = profiles.toProfile(search.profile(), "profile", locale);
        Target target = target(search.target(), profile, locale);
        GapOptions options = new GapOptions(3, 0.6, 0.6, false, 200, locale);
        return RoutePlanView.of(new GapPlanner(engine).plan(profile, target, options), engine.graph(), locale);
    }

    private Target target(TargetInput in, Profile profile, Locale locale) {
        switch (in.type()) {
            case "vacancy" -> {
                if (in.vacancyId() != null) {
                    return new Target.IndexedVacancy(new VacancyId(in.vacancyId()));
                }
            }
            case "occupation" -> {
                if (in.occupation() != null && knownOccupation(in.occupation()) != null) {
                    return new Target.ForOccupation(knownOccupation(in.occupation()));
                }
            }
            case "region" -> {
                if (profile.region() != null) {
                    return new Target.JobsInRegion(profile.region());
                }
                throw new ProfileRejectedException(List.of(new FieldError("profile.region", ProblemTexts.detail(
                        "Kies een regio om leerroutes voor banen in je regio te zien.",
                        "Choose a region to see learning routes for jobs in your region.", locale))));
            }
            default -> {
            }
        }
        throw new ProfileRejectedException(List.of(new FieldError("target", ProblemTexts.detail(
                "Kies een doel: een vacature (vacancyId), een beroep (ESCO-URI) of 'region'.",
                "Choose a target: a vacancy (vacancyId), an occupation (ESCO URI) or 'region'.", locale))));
    }

    private OccupationUri knownOccupation(String uri) {
        try {
            OccupationUri o = new OccupationUri(uri.strip());
            return taxonomy.taxonomy().occupation(o).isPresent() ? o : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
