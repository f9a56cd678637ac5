package nl.vaardig.web.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A passport opened by someone other than its owner: anyone with a share link (no account, rate-limited per
 * address; the answer is the passport and nothing else), or the coach or employer account it was shared with.
 * Everything not shared now answers 404; every view is in the owner's audit trail.
 */
@RestController
public class SharedPassportController {

    private final PassportSharing sharing;
    private final PassportPdf pdf;
    private final PassportLinkThrottle throttle;

    SharedPassportController(PassportSharing sharing, PassportPdf pdf, PassportLinkThrottle throttle) {
        this.sharing = sharing;
        this.pdf = pdf;
        this.throttle = throttle;
    }

    @GetMapping("/api/public/passports/{token}")
    @PermitAll
    public ResponseEntity<Passport> byLink(@PathVariable String token, HttpServletRequest request) {
        throttle.take(request.getRemoteAddr());
        return PassportResponses.page(sharing.openByLink(token, PassportSharing.Format.PAGE));
    }

    @GetMapping(value = "/api/public/passports/{token}/pdf", produces = PassportResponses.PDF)
    @PermitAll
    public ResponseEntity<byte[]> pdfByLink(@PathVariable String token, HttpServletRequest request) {
        throttle.take(request.getRemoteAddr());
        return PassportResponses.pdf(pdf.render(sharing.openByLink(token, PassportSharing.Format.PDF)));
    }

    @GetMapping("/api/passports/shared-with-me")
    @PreAuthorize("hasAnyRole('JOBCOACH', 'EMPLOYER')")
    public List<PassportSharing.SharedWithMe> sharedWithMe(@AuthenticationPrincipal Jwt jwt) {
        return sharing.sharedWith(TokenClaims.currentUser(jwt));
    }

    @GetMapping("/api/passports/{shareId}")
    @PreAuthorize("hasAnyRole('JOBCOACH', 'EMPLOYER')")
    public ResponseEntity<Passport> byAccount(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID shareId) {
        return PassportResponses.page(sharing.openByAccount(TokenClaims.currentUser(jwt), shareId, PassportSharing.Format.PAGE));
    }

    @GetMapping(value = "/api/passports/{shareId}/pdf", produces = PassportResponses.PDF)
    @PreAuthorize("hasAnyRole('JOBCOACH', 'EMPLOYER')")
    public ResponseEntity<byte[]> pdfByAccount(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID shareId) {
        return PassportResponses.pdf(pdf.render(sharing.openByAccount(TokenClaims.currentUser(jwt), shareId,
                PassportSharing.Format.PDF)));
    }
}
