package nl.vaardig.web.seeker;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.matching.OccupationComparison;
import nl.vaardig.web.matching.OccupationComparisonView;
import nl.vaardig.web.matching.ProfileMatching;
import nl.vaardig.web.matching.PublicMatchController.TargetInput;
import nl.vaardig.web.matching.PublicMatchController.VacancyResults;
import nl.vaardig.web.matching.RoutePlanView;
import nl.vaardig.web.platform.problem.NotFoundException;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in job seeker's stored profile matched as the explore pages match an anonymous one. */
@RestController
@RequestMapping("/api/me/matches")
public class SeekerMatchController {

    private final SeekerProfiles profiles;
    private final CandidateService candidates;
    private final ProfileMatching matching;
    private final OccupationComparison comparison;

    public SeekerMatchController(SeekerProfiles profiles, CandidateService candidates, ProfileMatching matching,
                                 OccupationComparison comparison) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.matching = matching;
        this.comparison = comparison;
    }

    @GetMapping("/vacancies")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public VacancyResults vacancies(@AuthenticationPrincipal Jwt jwt,
                                    @RequestParam(name = "limit", defaultValue = "20")
                                    @Min(value = 1, message = "{vaardig.match.limit.range}")
                                    @Max(value = 50, message = "{vaardig.match.limit.range}") int limit,
                                    @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = stored(jwt);
        return matching.vacancies(profile, ProfileMatching.queryFor(profile, locale), limit, locale);
    }

    /** Learning routes: target "region" (default: jobs in the profile's region), "vacancy" or "occupation". */
    @GetMapping("/routes")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public RoutePlanView routes(@AuthenticationPrincipal Jwt jwt,
                                @RequestParam(name = "target", defaultValue = "region") String target,
                                @RequestParam(name = "vacancyId", required = false) UUID vacancyId,
                                @RequestParam(name = "occupation", required = false) String occupation,
                                @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        return matching.routes(stored(jwt), new TargetInput(target, vacancyId, occupation), locale);
    }

    /** 2–3 occupations compared for the stored profile; open vacancies counted in the profile's region. */
    @GetMapping("/compare")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public OccupationComparisonView compare(@AuthenticationPrincipal Jwt jwt,
                                            @RequestParam(name = "occupation", required = false) List<String> occupations,
                                            @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        var requested = comparison.requireOccupations(occupations, locale);
        return comparison.compare(stored(jwt), requested, locale);
    }

    private Profile stored(Jwt jwt) {
        return profiles.own(TokenClaims.currentUser(jwt)).flatMap(candidates::find)
                .orElseThrow(() -> new NotFoundException("no profile for this account"));
    }
}
