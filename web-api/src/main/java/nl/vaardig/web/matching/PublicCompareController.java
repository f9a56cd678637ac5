package nl.vaardig.web.matching;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Compare occupations" for visitors without an account: the browser-kept profile and 2–3 ESCO occupation URIs
 * come in, the side-by-side comparison goes out. Like the other explore endpoints it stores and logs nothing.
 */
@RestController
@RequestMapping("/api/public/match")
public class PublicCompareController {

    /** The profile's region (optional) is where open vacancies are counted. */
    public record CompareRequest(@NotNull(message = "{vaardig.match.profile.required}") @Valid ProfileInput profile,
                                 @NotNull(message = "{vaardig.compare.occupations.size}")
                                 @Size(min = OccupationComparison.MIN_OCCUPATIONS, max = OccupationComparison.MAX_OCCUPATIONS,
                                         message = "{vaardig.compare.occupations.size}") List<String> occupations) {
    }

    private final AnonymousProfiles profiles;
    private final OccupationComparison comparison;

    public PublicCompareController(AnonymousProfiles profiles, OccupationComparison comparison) {
        this.profiles = profiles;
        this.comparison = comparison;
    }

    @PostMapping("/compare")
    @PermitAll
    public OccupationComparisonView compare(@Valid @RequestBody CompareRequest request,
                                            @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        Profile profile = profiles.toProfile(request.profile(), "profile", locale);
        return comparison.compare(profile, comparison.requireOccupations(request.occupations(), locale), locale);
    }
}
