package nl.vaardig.web.invitation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.web.candidate.CandidateLabel;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's side: invite a candidate from a vacancy's candidates list, and follow the answers. Only for the
 * organisation's own vacancies (else 404); a candidate who does not consent to be found in the vacancy's region is
 * 404 too, so nothing tells whether such a person exists.
 */
@RestController
public class EmployerInvitationController {

    public record InviteInput(@NotNull(message = "{vaardig.invitation.candidate.required}") UUID candidateId,
                              @Size(max = 1000, message = "{vaardig.invitation.message.size}") String message) {
    }

    /** The contact is present only once the candidate accepted; until then the candidate is pseudonymous. */
    public record InvitationView(UUID id, UUID candidateId, String label, InvitationStatus status, Instant sentAt,
                                 Instant answeredAt, ContactView contact) {
        static InvitationView of(Invitation i, Locale locale) {
            return new InvitationView(i.id(), i.profileId(), CandidateLabel.of(
                    new ProfileId(i.profileId()), locale), i.status(), i.sentAt(),
                    i.answeredAt(), ContactView.of(i.contact()));
        }
    }

    public record ContactView(String name, String email, String phone) {
        static ContactView of(SharedContact c) {
            return c == null ? null : new ContactView(c.name(), c.email(), c.phone());
        }
    }

    public record Invitations(List<InvitationView> items) {
    }

    private final InvitationService invitations;

    EmployerInvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/vacancies/{vacancyId}/invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    @ResponseStatus(HttpStatus.CREATED)
    public InvitationView invite(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID vacancyId,
                                 @Valid @RequestBody InviteInput input,
                                 @RequestParam(name = "lang", required = false) String lang) {
        Invitation sent = invitations.invite(TokenClaims.currentUser(jwt), vacancyId, input.candidateId(), input.message());
        return InvitationView.of(sent, RequestedLabelLanguage.of(lang));
    }

    @GetMapping("/api/vacancies/{vacancyId}/invitations")
    @PreAuthorize("hasRole('EMPLOYER')")
    public Invitations list(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID vacancyId,
                            @RequestParam(name = "lang", required = false) String lang) {
        Locale locale = RequestedLabelLanguage.of(lang);
        return new Invitations(invitations.ofVacancy(TokenClaims.currentUser(jwt), vacancyId).stream()
                .map(i -> InvitationView.of(i, locale)).toList());
    }
}
