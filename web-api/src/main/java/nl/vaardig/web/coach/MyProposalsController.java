package nl.vaardig.web.coach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.candidate.SharedContact;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.InputRejectedException;
import nl.vaardig.web.platform.security.TokenClaims;
import nl.vaardig.web.taxonomy.RequestedLabelLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The job seeker's side of a coach's proposal: see proposals made about me, agree (sharing my name and, if I
 * choose, e-mail and phone with that employer only) or decline. Someone else's proposal answers 404.
 */
@RestController
@RequestMapping("/api/me/proposals")
public class MyProposalsController {

    public enum Answer { AGREED, DECLINED }

    public record Share(String name, String email, String phone) {
    }

    public record AnswerInput(@NotNull(message = "{vaardig.coach.answer.required}") Answer answer, Share share) {
    }

    private final ProposalService proposals;

    public MyProposalsController(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GetMapping
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProposalViews.CandidateList mine(@AuthenticationPrincipal Jwt jwt,
                                            @RequestParam(name = "lang", required = false) String lang) {
        return proposals.mine(TokenClaims.currentUser(jwt), RequestedLabelLanguage.of(lang));
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasRole('JOB_SEEKER')")
    public ProposalViews.ForCandidate answer(@AuthenticationPrincipal Jwt jwt, @PathVariable UUID id,
                                             @Valid @RequestBody AnswerInput input) {
        if (input.answer() == Answer.DECLINED) {
            return proposals.answer(TokenClaims.currentUser(jwt), id, false, null);
        }
        Share share = input.share();
        List<FieldError> errors = share == null
                ? ProposalService.shareErrors(null, null, null, LocaleContextHolder.getLocale())
                : ProposalService.shareErrors(share.name(), share.email(), share.phone(), LocaleContextHolder.getLocale());
        if (!errors.isEmpty()) {
            throw new InputRejectedException(errors);
        }
        return proposals.answer(TokenClaims.currentUser(jwt), id, true,
                new SharedContact(share.name(), share.email(), share.phone()));
    }
}
