package nl.vaardig.web.coach;

import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals a jobcoach made for the employer's own vacancies that the candidate agreed to, with the contact details
 * the candidate shared. Unanswered and declined proposals, and other organisations' ones, never appear.
 */
@RestController
public class EmployerProposalsController {

    private final ProposalService proposals;

    public EmployerProposalsController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping("/api/employer/proposals")
    @PreAuthorize("hasRole('EMPLOYER')")
    public ProposalViews.EmployerList incoming(@AuthenticationPrincipal Jwt jwt,
                                               @RequestParam(name = "lang", required = false) String lang) {
        return new ProposalViews.EmployerList(proposals.forEmployer(TokenClaims.currentUser(jwt),
                RequestedLabelLanguage.of(lang)));
    }
}
