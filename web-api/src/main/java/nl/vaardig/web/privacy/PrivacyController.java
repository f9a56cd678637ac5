package nl.vaardig.web.privacy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.TokenClaims;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Mijn gegevens" of a job seeker: download everything Vaardig holds (JSON-LD), read who viewed or changed the
 * profile, and erase the account. Always about the signed-in person's own data: there is no id to guess.
 */
@RestController
@RequestMapping("/api/me")
public class PrivacyController {

    public static final String JSON_LD = "application/ld+json";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    public record AuditLine(UUID id, Instant at, String actorLabel, String actorRole, String action, String detail) {
    }

    public record AuditPage(List<AuditLine> items, int limit, int offset, long total) {
    }

    private final PersonalDataExport export;
    private final AccountErasure erasure;
    private final OwnProfile profiles;

    PrivacyController(PersonalDataExport export, AccountErasure erasure, OwnProfile profiles) {
        this.export = export;
        this.erasure = erasure;
        this.profiles = profiles;
    }

    @GetMapping(value = "/export", produces = {JSON_LD, "application/json"})
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal Jwt jwt) {
        Map<String, Object> document = export.export(TokenClaims.currentUser(jwt));
        String file = "vaardig-mijn-gegevens-" + LocalDate.now(AMSTERDAM) + ".jsonld";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    @GetMapping("/audit")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public AuditPage audit(@AuthenticationPrincipal Jwt jwt,
                           @RequestParam(defaultValue = "50") @Min(value = 1, message = "{vaardig.privacy.audit.limit.range}")
                           @Max(value = 200, message = "{vaardig.privacy.audit.limit.range}") int limit,
                           @RequestParam(defaultValue = "0") @Min(value = 0, message = "{vaardig.privacy.audit.offset.range}")
                           @Max(value = 1_000_000, message = "{vaardig.privacy.audit.offset.range}") int offset) {
        CurrentUser person = TokenClaims.currentUser(jwt);
        return profiles.ownedBy(person.subject())
                .map(p -> new AuditPage(profiles.audit(p.id(), limit, offset).stream()
                        .map(a -> new AuditLine(a.id(), a.at(), a.actorLabel(), a.actorRole(), a.action(), a.detail()))
                        .toList(), limit, offset, profiles.auditCount(p.id())))
                .orElseGet(() -> new AuditPage(List.of(), limit, offset, 0));
    }

    @DeleteMapping
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ResponseEntity<Void> erase(@AuthenticationPrincipal Jwt jwt) {
        erasure.erase(TokenClaims.currentUser(jwt));
        return ResponseEntity.noContent().build();
    }
}
