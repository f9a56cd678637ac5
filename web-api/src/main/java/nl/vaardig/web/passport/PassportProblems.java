package nl.vaardig.web.passport;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents of the passport endpoints: too many link openings (429). */
@RestControllerAdvice(assignableTypes = {PassportController.class, SharedPassportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PassportProblems {

    @ExceptionHandler(PassportRefusals.Throttled.class)
    ResponseEntity<ProblemDetail> throttled(PassportRefusals.Throttled ex, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Deze link is te vaak achter elkaar geopend. Probeer het "
                        + "over een minuut opnieuw.", "This link was opened too often in a row. Try again in a minute.", request));
    }
}
