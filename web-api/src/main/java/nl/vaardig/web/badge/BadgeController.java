package nl.vaardig.web.badge;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in job seeker's Open Badges. The import takes the badge file itself as the request body (any content
 * type: JSON, JSON-LD, PNG or SVG; the kind is read from the bytes), at most 2 MB. Only the account's own badges:
 * another person's badge id answers 404.
 */
@RestController
@RequestMapping("/api/me/badges")
public class BadgeController {

    private final BadgeEvidence badges;

    BadgeController(BadgeEvidence badges) {
        this.badges = badges;
    }

    @GetMapping
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public List<BadgeView> list(@AuthenticationPrincipal Jwt jwt) {
        return badges.list(TokenClaims.currentUser(jwt));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public BadgeView importBadge(@AuthenticationPrincipal Jwt jwt, HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > BadgeFile.MAX_BYTES) {
            throw new BadgeRejected(BadgeRejected.Reason.TOO_LARGE);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            // one byte more than allowed tells a too-large body of unknown length apart
            body = in.readNBytes(BadgeFile.MAX_BYTES + 1);
        }
        return badges.importFile(TokenClaims.currentUser(jwt), body);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ResponseEntity<Void> remove(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id) {
        badges.remove(TokenClaims.currentUser(jwt), id);
        return ResponseEntity.noContent().build();
    }
}
