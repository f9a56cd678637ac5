package nl.vaardig.web.vacancy;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A stale version is a 409 conflict: the client reloads the vacancy and tries again. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VacancyProblems {

    @ExceptionHandler(VacancyVersionConflictException.class)
    ProblemDetail conflict(VacancyVersionConflictException e, java.util.Locale locale) {
        boolean dutch = locale == null || "nl".equals(locale.getLanguage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, dutch
                ? "De vacature is intussen gewijzigd. Laad haar opnieuw en probeer het nog eens."
                : "The vacancy was changed meanwhile. Reload it and try again.");
        problem.setTitle(dutch ? "Gewijzigd door een ander" : "Changed by someone else");
        problem.setType(java.net.URI.create("https://vaardig.nl/problems/version-conflict"));
        return problem;
    }
}
