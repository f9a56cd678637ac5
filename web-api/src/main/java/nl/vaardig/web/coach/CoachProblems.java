package nl.vaardig.web.coach;

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

/** Problem documents for the caseload and proposal endpoints: field errors (400) and conflicts (409). */
@RestControllerAdvice(basePackageClasses = CoachProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoachProblems {

    @ExceptionHandler(CoachInputRejectedException.class)
    ProblemDetail rejected(CoachInputRejectedException ex, HttpServletRequest request) {
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

    @ExceptionHandler(ProposalConflictException.class)
    ProblemDetail conflict(ProposalConflictException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle(ProblemTexts.title(409, locale));
        problem.setDetail(ProblemTexts.detail(
                "Dit voorstel is intussen gewijzigd of al beantwoord. Laad de pagina opnieuw.",
                "This proposal was changed or answered meanwhile. Reload the page.", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
