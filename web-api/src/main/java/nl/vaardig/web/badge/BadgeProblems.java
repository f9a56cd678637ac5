package nl.vaardig.web.badge;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused badge file as a problem document; {@code code} names the reason so the app can show its own text. */
@RestControllerAdvice(assignableTypes = BadgeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadgeProblems {

    @ExceptionHandler(BadgeRejected.class)
    ProblemDetail rejected(BadgeRejected ex, HttpServletRequest request) {
        BadgeRejected.Reason reason = ex.reason();
        ProblemDetail problem = Problems.of(reason.status, reason.dutch, reason.english, request);
        problem.setProperty("code", reason.name());
        return problem;
    }
}
