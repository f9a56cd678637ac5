package nl.vaardig.web.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.vaardig.web.account.Language;
import nl.vaardig.web.account.UserPreferences;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.platform.web.EmailAddress;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own e-mail notification settings: which kinds, to which address. Any signed-in person, about
 * themselves only (the subject comes from the token, never from the request). Mail goes out in the interface
 * language the person chose.
 */
@RestController
@RequestMapping("/api/me/notifications")
public class NotificationSettingsController {

    /** {@code email} null and every kind off: nothing is mailed (the default). */
    public record Settings(String email, boolean invitations, boolean proposals, boolean answers) {
    }

    /** A kind left out is off. */
    public record SettingsInput(
            @NotBlank(message = "{vaardig.notification.email.required}")
            @Size(max = EmailAddress.MAX_LENGTH, message = "{vaardig.notification.email.format}")
            @Pattern(regexp = EmailAddress.REGEX, message = "{vaardig.notification.email.format}") String email,
            Boolean invitations, Boolean proposals, Boolean answers) {
    }

    private final NotificationSettingsStore store;
    private final UserPreferences preferences;

    NotificationSettingsController(NotificationSettingsStore store, UserPreferences preferences) {
        this.store = store;
        this.preferences = preferences;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public Settings mine(@AuthenticationPrincipal Jwt jwt) {
        return store.of(jwt.getSubject())
                .map(s -> new Settings(s.email(), s.invitations(), s.proposals(), s.answers()))
                .orElse(new Settings(null, false, false, false));
    }

    @PutMapping
    @PreAuthorize("isAuthenticated()")
    public Settings save(@AuthenticationPrincipal Jwt jwt, @Valid @RequestBody SettingsInput input) {
        CurrentUser user = TokenClaims.currentUser(jwt);
        Language language = preferences.languageOf(user.subject()).orElse(Language.NL);
        store.save(new NotificationSettings(user.subject(), input.email(), language, on(input.invitations()),
                on(input.proposals()), on(input.answers()), user.has(Role.EMPLOYER) ? user.organisation() : null));
        return mine(jwt);
    }

    private static boolean on(Boolean kind) {
        return Boolean.TRUE.equals(kind);
    }

    /** Switches every notification off and forgets the address. */
    @DeleteMapping
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<Void> off(@AuthenticationPrincipal Jwt jwt) {
        store.delete(jwt.getSubject());
        return ResponseEntity.noContent().build();
    }
}
