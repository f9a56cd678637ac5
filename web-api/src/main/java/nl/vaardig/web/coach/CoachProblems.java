package nl.vaardig.web.coach;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the caseload and proposal endpoints: conflicts (409). */
@RestControllerAdvice(basePackageClasses = CoachProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CoachProblems {

    @ExceptionHandler(ProposalConflictException.class)
    ProblemDetail conflict(ProposalConflictException ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT,
                "Dit voorstel is intussen gewijzigd of al beantwoord. Laad de pagina opnieuw.",
                "This proposal was changed or answered meanwhile. Reload the page.", request);
    }
}
