package nl.vaardig.web.team;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the team endpoints: a stale version (409). */
@RestControllerAdvice(assignableTypes = TeamController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeamProblems {

    @ExceptionHandler(TeamVersionConflictException.class)
    ProblemDetail conflict(TeamVersionConflictException ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT,
                "Het team is intussen door een ander gewijzigd. Laad het opnieuw en probeer het nog eens.",
                "The team was changed by someone else meanwhile. Reload it and try again.", request);
    }
}
