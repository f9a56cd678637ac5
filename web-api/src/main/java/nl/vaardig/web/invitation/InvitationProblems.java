package nl.vaardig.web.invitation;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the invitation refusals of our own: conflicts (409). */
@RestControllerAdvice(assignableTypes = {EmployerInvitationController.class, MyInvitationController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationProblems {

    @ExceptionHandler(InvitationConflictException.class)
    ProblemDetail conflict(InvitationConflictException ex, HttpServletRequest request) {
        ProblemDetail problem = switch (ex.reason()) {
            case ALREADY_INVITED -> Problems.of(HttpStatus.CONFLICT,
                    "Deze kandidaat heeft al een openstaande uitnodiging voor deze vacature.",
                    "This candidate already has an open invitation for this vacancy.", request);
            case ALREADY_ANSWERED -> Problems.of(HttpStatus.CONFLICT,
                    "Deze uitnodiging is al beantwoord. Laad de pagina opnieuw.",
                    "This invitation has already been answered. Reload the page.", request);
        };
        problem.setProperty("reason", ex.reason().name());
        return problem;
    }
}
