package nl.vaardig.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who am I, and my interface preferences. Any signed-in user, about themselves only. */
@RestController
@RequestMapping("/api/me")
public class MeController {

    public record Me(String subject, String username, String name, List<Role> roles, List<String> regions,
                     String organisation, String language) {
    }

    public record PreferencesUpdate(
            @NotNull(message = "{vaardig.language.required}")
            @Pattern(regexp = "nl|en", message = "{vaardig.language.supported}") String language) {
    }

    private final UserPreferences preferences;

    public MeController(UserPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public Me me(@AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        String language = preferences.languageOf(user.subject()).map(Language::code).orElse(Language.NL.code());
        return new Me(user.subject(), user.username(), user.name(), user.roles().stream().sorted().toList(),
                user.regions().stream().sorted().toList(), user.organisation(), language);
    }

    @PutMapping("/preferences")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<Void> updatePreferences(@AuthenticationPrincipal Jwt jwt,
                                                  @Valid @RequestBody PreferencesUpdate update) {
        preferences.saveLanguage(jwt.getSubject(), Language.fromCode(update.language()));
        return ResponseEntity.noContent().build();
    }
}
