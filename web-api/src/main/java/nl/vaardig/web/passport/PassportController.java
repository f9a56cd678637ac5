package nl.vaardig.web.passport;

import java.util.List;
import java.util.UUID;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The job seeker's own passport: preview, PDF, and the shares (links and named accounts) with their withdrawal.
 * Only /api/me paths: always the signed-in person's own passport, a share id of someone else answers 404.
 */
@RestController
@RequestMapping("/api/me/passport")
public class PassportController {

    /** A new link: valid for {@code days} (1–90, default 30). */
    public record LinkRequest(Integer days) {
    }

    /** A share with the coach or employer account of that user name; {@code role} JOBCOACH or EMPLOYER. */
    public record AccountRequest(String username, String role, Integer days) {
    }

    private final PassportSharing sharing;
    private final PassportPdf pdf;

    PassportController(PassportSharing sharing, PassportPdf pdf) {
        this.sharing = sharing;
        this.pdf = pdf;
    }

    @GetMapping
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public Passport passport(@AuthenticationPrincipal Jwt jwt) {
        return sharing.own(TokenClaims.currentUser(jwt));
    }

    @GetMapping(value = "/pdf", produces = PassportResponses.PDF)
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ResponseEntity<byte[]> pdf(@AuthenticationPrincipal Jwt jwt) {
        return PassportResponses.pdf(pdf.render(sharing.own(TokenClaims.currentUser(jwt))));
    }

    @GetMapping("/shares")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public List<PassportSharing.ShareView> shares(@AuthenticationPrincipal Jwt jwt) {
        return sharing.shares(TokenClaims.currentUser(jwt));
    }

    /** The answer holds the token this once; the app turns it into the link to copy. */
    @PostMapping("/links")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public PassportSharing.CreatedLink createLink(@AuthenticationPrincipal Jwt jwt, @RequestBody(required = false) LinkRequest body) {
        return sharing.createLink(TokenClaims.currentUser(jwt), body == null ? null : body.days(),
                LocaleContextHolder.getLocale());
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public PassportSharing.ShareView shareWithAccount(@AuthenticationPrincipal Jwt jwt, @RequestBody AccountRequest body) {
        return sharing.shareWithAccount(TokenClaims.currentUser(jwt), body.username(), body.role(), body.days(),
                LocaleContextHolder.getLocale());
    }

    @DeleteMapping("/shares/{id}")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ResponseEntity<Void> revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        sharing.revoke(TokenClaims.currentUser(jwt), id);
        return ResponseEntity.noContent().build();
    }
}
