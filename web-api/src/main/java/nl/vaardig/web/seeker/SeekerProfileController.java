package nl.vaardig.web.seeker;

import jakarta.validation.Valid;
import java.util.Locale;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in job seeker's own profile and consents. Only /api/me paths: the profile is the account's own, never
 * named by id, so nobody reaches another person's. No profile yet → 404 (the app then shows the consent screen).
 */
@RestController
@RequestMapping("/api/me")
public class SeekerProfileController {

    private final SeekerProfiles profiles;

    public SeekerProfileController(SeekerProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profile")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView profile(@AuthenticationPrincipal Jwt jwt) {
        return profiles.read(TokenClaims.currentUser(jwt));
    }

    /** Creates the profile with the consents chosen on the consent screen (KEEP_PROFILE required). */
    @PostMapping("/profile")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView create(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileForm form) {
        return profiles.create(TokenClaims.currentUser(jwt), form, locale());
    }

    /** Replaces the profile when {@code version} is the stored one; 409 when it changed meanwhile. */
    @PutMapping("/profile")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView replace(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody ProfileForm form) {
        return profiles.replace(TokenClaims.currentUser(jwt), form, locale());
    }

    @GetMapping("/consents")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView.Consents consents(@AuthenticationPrincipal Jwt jwt) {
        return profiles.consents(TokenClaims.currentUser(jwt));
    }

    @PutMapping("/consents/{kind}")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView.Consents give(@AuthenticationPrincipal Jwt jwt, @PathVariable ConsentKind kind,
                                     @Valid @RequestBody ProfileForm.ConsentRegions body) {
        return profiles.give(TokenClaims.currentUser(jwt), kind, body.regions(), locale());
    }

    @DeleteMapping("/consents/{kind}")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProfileView.Consents withdraw(@AuthenticationPrincipal Jwt jwt, @PathVariable ConsentKind kind) {
        return profiles.withdraw(TokenClaims.currentUser(jwt), kind);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
