package nl.vaardig.web.matching;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.NoSuchElementException;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.problem.ProblemTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the matching endpoints' own refusals, in the platform's shape (field errors, Dutch first). */
@RestControllerAdvice(assignableTypes = {PublicMatchController.class, EmployerCandidatesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatchingProblemAdvice {

    @ExceptionHandler(ProfileRejectedException.class)
    ProblemDetail rejected(ProfileRejectedException ex, HttpServletRequest request) {
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

    /** A target vacancy that is not (or no longer) open for matching. */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail gone(NoSuchElementException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
        problem.setType(ProblemTypes.NOT_FOUND);
        problem.setTitle(ProblemTexts.title(404, locale));
        problem.setDetail(ProblemTexts.detail("Deze vacature is niet (meer) beschikbaar.",
                "This vacancy is not (or no longer) available.", locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
