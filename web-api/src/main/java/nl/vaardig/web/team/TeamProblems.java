package nl.vaardig.web.team;

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

/** Problem documents for the team endpoints: a stale version (409) and unknown skills (400 with field errors). */
@RestControllerAdvice(assignableTypes = TeamController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeamProblems {

    @ExceptionHandler(TeamVersionConflictException.class)
    ProblemDetail conflict(TeamVersionConflictException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setType(ProblemTypes.CONFLICT);
        problem.setTitle(ProblemTexts.title(409, locale));
        problem.setDetail(ProblemTexts.detail("Het team is intussen door een ander gewijzigd. Laad het opnieuw en probeer het nog eens.",
                "The team was changed by someone else meanwhile. Reload it and try again.", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @ExceptionHandler(TeamRejectedException.class)
    ProblemDetail rejected(TeamRejectedException ex, HttpServletRequest request) {
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
