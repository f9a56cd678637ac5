package nl.vaardig.web.coach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A coach proposes a person of the caseload for a vacancy, and later records what came of it. */
@RestController
@RequestMapping("/api/coach/proposals")
public class CoachProposalController {

    public record ProposalInput(@NotNull(message = "{vaardig.coach.profile.required}") UUID profileId,
                                @NotNull(message = "{vaardig.coach.vacancy.required}") UUID vacancyId,
                                @Size(max = 1000, message = "{vaardig.coach.proposal.note.size}") String note) {
    }

    public record OutcomeInput(@NotNull(message = "{vaardig.coach.outcome.required}") ProposalOutcome outcome,
                               @Min(value = 1, message = "{vaardig.coach.version.required}") long version) {
    }

    private final ProposalService proposals;

    public CoachProposalController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @PostMapping
    @PreAuthorize("hasRole('JOBCOACH')")
    public ResponseEntity<ProposalViews.ForCoach> propose(@AuthenticationPrincipal Jwt jwt,
                                                          @Valid @RequestBody ProposalInput input,
                                                          @RequestParam(name = "lang", required = false) String lang) {
        ProposalViews.ForCoach made = proposals.propose(TokenClaims.currentUser(jwt), input.profileId(), input.vacancyId(),
                input.note(), RequestedLabelLanguage.of(lang));
        return ResponseEntity.created(URI.create("/api/coach/proposals/" + made.id())).body(made);
    }

    @PutMapping("/{id}/outcome")
    @PreAuthorize("hasRole('JOBCOACH')")
    public ProposalViews.ForCoach outcome(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                          @Valid @RequestBody OutcomeInput input) {
        return proposals.recordOutcome(TokenClaims.currentUser(jwt), id, input.outcome(), input.version());
    }
}
