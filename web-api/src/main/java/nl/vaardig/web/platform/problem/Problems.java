package nl.vaardig.web.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The platform's problem documents, for the features' own exception advice: standard type and title per status,
 * the detail in the request's language (Dutch first), the request path as instance.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem of that status with a Dutch and English detail a person can act on. */
    public static ProblemDetail of(HttpStatus status, String dutch, String english, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(ProblemTypes.forStatus(status.value()));
        problem.setTitle(ProblemTexts.title(status.value(), locale));
        problem.setDetail(ProblemTexts.detail(dutch, english, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** 400 with the field messages in {@code errors}, as bean validation answers. */
    public static ProblemDetail validation(List<FieldError> errors, HttpServletRequest request) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Een of meer velden zijn niet goed ingevuld; zie 'errors'.",
                "One or more fields are not valid; see 'errors'.", request);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle(ProblemTexts.title(422, LocaleContextHolder.getLocale()));
        problem.setProperty("errors", errors);
        return problem;
    }
}
