package nl.vaardig.web.skills;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.ProblemTexts;
import nl.vaardig.web.platform.problem.ProblemTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns {@link SkillInputException} into a problem document in the caller's language; a field-level problem also
 * carries an {@code errors} entry, so the page can show the message next to the text area or title field.
 */
@RestControllerAdvice(assignableTypes = {SkillExtractionController.class, OccupationMatchController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SkillsProblemAdvice {

    @ExceptionHandler(SkillInputException.class)
    ProblemDetail badInput(SkillInputException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        int status = ex.status().value();
        String detail = ProblemTexts.detail(ex.detailNl(), ex.detailEn(), locale);
        ProblemDetail problem = ProblemDetail.forStatus(ex.status());
        problem.setType(status == 400 && ex.field() != null ? ProblemTypes.VALIDATION : ProblemTypes.forStatus(status));
        problem.setTitle(ProblemTexts.title(status, locale));
        problem.setDetail(detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", ex.field() == null ? List.of() : List.of(new FieldError(ex.field(), detail)));
        return problem;
    }
}
