package nl.vaardig.web.invitation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.problem.ProblemTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the invitation refusals of our own: conflicts (409) and answers that do not fit (400). */
@RestControllerAdvice(assignableTypes = {EmployerInvitationController.class, MyInvitationController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvitationProblems {

    @ExceptionHandler(InvitationConflictException.class)
    ProblemDetail conflict(InvitationConflictException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle(ProblemTexts.title(409, locale));
        problem.setDetail(switch (ex.reason()) {
            case ALREADY_INVITED -> ProblemTexts.detail(
                    "Deze kandidaat heeft al een openstaande uitnodiging voor deze vacature.",
                    "This candidate already has an open invitation for this vacancy.", locale);
            case ALREADY_ANSWERED -> ProblemTexts.detail(
                    "Deze uitnodiging is al beantwoord. Laad de pagina opnieuw.",
                    "This invitation has already been answered. Reload the page.", locale);
        });
        problem.setProperty("reason", ex.reason().name());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @ExceptionHandler(InvitationRejectedException.class)
    ProblemDetail rejected(InvitationRejectedException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle(ProblemTexts.title(422, locale));
        problem.setDetail(ProblemTexts.detail("Een of meer velden zijn niet goed ingevuld; zie 'errors'.",
                "One or more fields are not valid; see 'errors'.", locale));
        problem.setProperty("errors", ex.errors());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
