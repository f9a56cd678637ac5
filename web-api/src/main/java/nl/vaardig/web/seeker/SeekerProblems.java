package nl.vaardig.web.seeker;

import jakarta.servlet.http.HttpServletRequest;
import java.util.NoSuchElementException;
import nl.vaardig.web.platform.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem documents for the job seeker's own endpoints: stale version or state (409), gone (404). */
@RestControllerAdvice(assignableTypes = {SeekerProfileController.class, SeekerMatchController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeekerProblems {

    @ExceptionHandler(SeekerRefusals.VersionConflict.class)
    ProblemDetail stale(SeekerRefusals.VersionConflict ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT, "Je profiel is intussen gewijzigd (in een ander venster of door iemand anders). "
                + "Laad het opnieuw en breng je wijzigingen opnieuw aan.",
                "Your profile was changed meanwhile (in another window or by someone else). Reload it and make your changes again.",
                request);
    }

    @ExceptionHandler(SeekerRefusals.StateConflict.class)
    ProblemDetail state(SeekerRefusals.StateConflict ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT, ex.getMessage(), ex.english(), request);
    }

    /** Two first saves of the same account at once: the database keeps one profile per account. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail twice(org.springframework.dao.DuplicateKeyException ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.CONFLICT, "Je hebt al een profiel; wijzig het in de profieleditor.",
                "You already have a profile; change it in the profile editor.", request);
    }

    /** A route target vacancy that is not (or no longer) open. */
    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail gone(NoSuchElementException ex, HttpServletRequest request) {
        return Problems.of(HttpStatus.NOT_FOUND, "Deze vacature is niet (meer) beschikbaar.",
                "This vacancy is not (or no longer) available.", request);
    }
}
