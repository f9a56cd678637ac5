package nl.vaardig.web.coach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobcoach's caseload: people who asked for a coach in one of the coach's regions. Anyone else, in another
 * region or after withdrawing their COACH_HELP consent, answers 404 as if absent.
 */
@RestController
@RequestMapping("/api/coach")
public class CoachCaseloadController {

    public record NoteInput(@NotBlank(message = "{vaardig.coach.note.required}")
                            @Size(max = 2000, message = "{vaardig.coach.note.size}") String text) {
    }

    public record NoteList(List<CaseloadViews.NoteView> items) {
    }

    private final CaseloadService caseload;

    public CoachCaseloadController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @GetMapping("/caseload")
    @PreAuthorize("hasRole('JOBCOACH')")
    public CaseloadViews.Page caseload(@AuthenticationPrincipal Jwt jwt,
                                       @RequestParam(name = "region", required = false) String region,
                                       @RequestParam(name = "page", defaultValue = "0")
                                       @Min(value = 0, message = "{vaardig.coach.page.range}") int page,
                                       @RequestParam(name = "size", defaultValue = "20")
                                       @Min(value = 1, message = "{vaardig.coach.size.range}")
                                       @Max(value = 100, message = "{vaardig.coach.size.range}") int size,
                                       @RequestParam(name = "lang", required = false) String lang) {
        return caseload.page(TokenClaims.currentUser(jwt), region, page, size, RequestedLabelLanguage.of(lang));
    }

    @GetMapping("/candidates/{profileId}")
    @PreAuthorize("hasRole('JOBCOACH')")
    public CaseloadViews.Detail candidate(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID profileId,
                                          @RequestParam(name = "lang", required = false) String lang) {
        return caseload.detail(TokenClaims.currentUser(jwt), profileId, RequestedLabelLanguage.of(lang));
    }

    @GetMapping("/candidates/{profileId}/notes")
    @PreAuthorize("hasRole('JOBCOACH')")
    public NoteList notes(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID profileId) {
        return new NoteList(caseload.notes(TokenClaims.currentUser(jwt), profileId));
    }

    @PostMapping("/candidates/{profileId}/notes")
    @PreAuthorize("hasRole('JOBCOACH')")
    public ResponseEntity<CaseloadViews.NoteView> write(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID profileId,
                                                        @Valid @RequestBody NoteInput input) {
        CaseloadViews.NoteView note = caseload.write(TokenClaims.currentUser(jwt), profileId, input.text());
        return ResponseEntity.created(URI.create("/api/coach/candidates/" + profileId + "/notes")).body(note);
    }
}
