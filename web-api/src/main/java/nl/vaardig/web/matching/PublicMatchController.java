package nl.vaardig.web.matching;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
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

    /**
     * @param fit the readable scale: share of the vacancy's essential skills the person brings, partial credit
     *            counted ({@code percent}), and how many of them fully and partly
     */
    public record VacancyResult(VacancyCard vacancy, double score, Fit fit, ExplanationView explanation) {
    }

    public record Fit(int percent, int essentialsFull, int essentialsPartial, int essentials) {
        static Fit of(nl.vaardig.matching.explain.EssentialFit f) {
            return new Fit(f.percent(), f.full(), f.partial(), f.total());
        }
    }

    /**
     * @param nothingClose true when vacancies were found but none shares more than a generic skill with the profile:
     *                     {@code items} is then empty and {@code doorOpeners} names the skills that open most doors
     */
    public record VacancyResults(List<VacancyResult> items, boolean nothingClose, List<ExplanationView.Skill> doorOpeners) {
    }

    /** type "vacancy" (with vacancyId), "occupation" (with an ESCO occupation URI) or "region" (the profile's region). */
    public record TargetInput(@NotNull(message = "{vaardig.match.target.type}") String type, UUID vacancyId, String occupation) {
    }

    public record RouteSearch(@NotNull(message = "{vaardig.match.profile.required}") @Valid ProfileInput profile,
                              @NotNull(message = "{vaardig.match.target.type}") @Valid TargetInput target) {
    }

    private final AnonymousProfiles profiles;
    private final ProfileMatching matching;

    public PublicMatchController(AnonymousProfiles profiles, ProfileMatching matching) {
        this.profiles = profiles;
        this.matching = matching;
    }

    @PostMapping("/vacancies")
    @PermitAll
    public VacancyResults vacancies(@Valid @RequestBody VacancySearch search,
                                    @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = profiles.toProfile(search.profile(), "profile", locale);
        int limit = search.limit() == null ? 20 : search.limit();
        return matching.vacancies(profile, profiles.query(search.profile(), profile, locale), limit, locale);
    }

    @PostMapping("/routes")
    @PermitAll
    public RoutePlanView routes(@Valid @RequestBody RouteSearch search,
                                @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = profiles.toProfile(search.profile(), "profile", locale);
        return matching.routes(profile, search.target(), locale);
    }
}
