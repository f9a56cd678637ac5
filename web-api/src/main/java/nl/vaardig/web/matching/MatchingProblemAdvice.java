package nl.vaardig.web.matching;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the matching endpoints' own refusals, in the platform's shape (Dutch first). */
@RestControllerAdvice(assignableTypes = {PublicMatchController.class, PublicCompareController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatchingProblemAdvice {

    /** A target vacancy that is not (or no longer) open for matching. */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail gone(NoSuchElementException ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.NOT_FOUND, "Deze vacature is niet (meer) beschikbaar.",
                "This vacancy is not (or no longer) available.", request);
    }
}
