package nl.vaardig.web.platform.problem;

import jakarta.servlet.http.HttpServletRequest;
import nl.vaardig.ingest.deadletter.UnknownDeadLetterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Every error the API returns is an RFC 9457 problem document: stable {@code type}, a Dutch or
 * English {@code title} (Accept-Language), a {@code detail} a person can act on, and for invalid
 * input an {@code errors} list of field messages. Stack traces and internals never leave the server.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(),
                e.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(),
                e.getDefaultMessage())));
        return validationProblem(errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String field = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldError(field, error.getDefaultMessage()));
            }
        }
        return validationProblem(errors, headers, request);
    }

    private ResponseEntity<Object> validationProblem(List<FieldError> errors, HttpHeaders headers,
                                                     WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle(ProblemTexts.title(422, locale));
        problem.setDetail(ProblemTexts.detail(
                "Een of meer velden zijn niet goed ingevuld; zie 'errors'.",
                "One or more fields are not valid; see 'errors'.", locale));
        problem.setProperty("errors", errors);
        return handleExceptionInternal(new IllegalArgumentException("validation"), problem, headers,
                HttpStatus.BAD_REQUEST, request);
    }

    /** A body cut off at the size limit while Jackson read it is a 413, not an unreadable 400. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyTooLargeException tooLarge) {
                Locale locale = LocaleContextHolder.getLocale();
                ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE);
                problem.setType(ProblemTypes.PAYLOAD_TOO_LARGE);
                problem.setTitle(ProblemTexts.title(413, locale));
                problem.setDetail(ProblemTexts.detail(
                        "Het verzoek is groter dan " + tooLarge.maxBytes() / 1024 + " kB; stuur minder gegevens tegelijk.",
                        "The request is larger than " + tooLarge.maxBytes() / 1024 + " kB; send less data at once.",
                        locale));
                return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        // a JSON value of the wrong type or shape (a number for a text, an unknown enum value, a missing
        // required member): name the field by its path, as the validation errors do
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
                return validationProblem(List.of(new FieldError(jsonPath(jackson.getPath()), fieldMessage(jackson))),
                        headers, request);
            }
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** A required query parameter that is missing: named, like every other field error (issue 15). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new FieldError(ex.getParameterName(), ProblemTexts.detail(
                "Dit veld is verplicht.", "This field is required.", LocaleContextHolder.getLocale()))), headers, request);
    }

    /** A parameter of the wrong type (text for a number, an unknown enum value): named with what it should be. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m
                ? m.getName() : ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        return validationProblem(List.of(new FieldError(field, expected(ex.getRequiredType()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(org.springframework.web.bind.MissingPathVariableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new FieldError(ex.getVariableName(), ProblemTexts.detail(
                "Dit veld is verplicht.", "This field is required.", LocaleContextHolder.getLocale()))), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(
            org.springframework.web.bind.ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (ex instanceof org.springframework.web.bind.MissingRequestHeaderException header) {
            return validationProblem(List.of(new FieldError(header.getHeaderName(), ProblemTexts.detail(
                    "Deze header is verplicht.", "This header is required.", LocaleContextHolder.getLocale()))), headers, request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    static String jsonPath(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (tools.jackson.core.JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private static String fieldMessage(tools.jackson.core.JacksonException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException invalid && invalid.getTargetType() != null) {
            return expected(invalid.getTargetType());
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return ProblemTexts.detail("Deze waarde kan niet worden gelezen.", "This value cannot be read.", locale);
    }

    private static String expected(Class<?> type) {
        Locale locale = LocaleContextHolder.getLocale();
        if (type == null) {
            return ProblemTexts.detail("Deze waarde heeft niet de goede vorm.", "This value does not have the right form.", locale);
        }
        if (type.isEnum()) {
            String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
            return ProblemTexts.detail("Kies een van: " + allowed + ".", "Choose one of: " + allowed + ".", locale);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return ProblemTexts.detail("Vul een (heel) getal in.", "Enter a (whole) number.", locale);
        }
        if (type == Boolean.class || type == boolean.class) {
            return ProblemTexts.detail("Vul true of false in.", "Enter true or false.", locale);
        }
        if (type == java.util.UUID.class) {
            return ProblemTexts.detail("Vul een geldige id (UUID) in.", "Enter a valid id (UUID).", locale);
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return ProblemTexts.detail("Vul een datum in als JJJJ-MM-DD.", "Enter a date as YYYY-MM-DD.", locale);
        }
        if (type == String.class) {
            return ProblemTexts.detail("Vul hier tekst in.", "Enter text here.", locale);
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return ProblemTexts.detail("Vul hier een lijst in.", "Enter a list here.", locale);
        }
        return ProblemTexts.detail("Deze waarde heeft niet de goede vorm.", "This value does not have the right form.", locale);
    }

    @ExceptionHandler({NotFoundException.class, UnknownDeadLetterException.class})
    ProblemDetail notFound(RuntimeException ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "Dit bestaat niet of je hebt er geen toegang toe.",
                "This does not exist or you have no access to it.", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "Je rol geeft geen toegang tot deze functie.",
                "Your role does not give access to this function.", request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return problem(HttpStatus.UNAUTHORIZED, "Log in om verder te gaan.", "Please sign in to continue.",
                request);
    }

    @ExceptionHandler(InputRejectedException.class)
    ProblemDetail rejected(InputRejectedException ex, HttpServletRequest request) {
        return Problems.validation(ex.errors(), request);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException ex, HttpServletRequest request) {
        // Domain constructors validate their input and say what is wrong; that text is safe to show.
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.getMessage(), request);
        problem.setType(ProblemTypes.VALIDATION);
        return problem;
    }

    /**
     * No database connection free within the pool's timeout (a load peak) or the database unreachable: the request
     * is not at fault and may simply be repeated, so 503 with Retry-After rather than a 500.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex, HttpServletRequest request) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                ProblemTexts.DATABASE_BUSY_NL, ProblemTexts.DATABASE_BUSY_EN, request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemTexts.DATABASE_BUSY_RETRY_AFTER).body(problem);
    }

    /** A part built after "ready" (the typeahead) is not there yet: repeat in a few seconds. */
    @ExceptionHandler(StillStartingException.class)
    ResponseEntity<ProblemDetail> stillStarting(StillStartingException ex, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Vaardig is nog aan het opstarten; dit onderdeel is er over een paar seconden. Probeer het dan opnieuw.",
                "Vaardig is still starting; this part will be there in a few seconds. Please try again then.", request);
        problem.setProperty("startingPart", ex.part());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unhandled error {} on {} {}", errorId, request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant. Probeer het later opnieuw; noem code " + errorId
                        + " als je contact opneemt.",
                "Something went wrong on our side. Please try again later; quote code " + errorId
                        + " if you contact us.", request);
        problem.setProperty("errorId", errorId);
        return problem;
    }

    /** Gives Spring's built-in problems (404, 405, 415, unreadable JSON…) our types and texts. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
                                                          HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            int status = statusCode.value();
            if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
                problem.setType(ProblemTypes.forStatus(status));
                problem.setTitle(ProblemTexts.title(status, locale));
                problem.setDetail(builtInDetail(status, locale));
            }
            if (request instanceof ServletWebRequest servlet && problem.getInstance() == null) {
                problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String builtInDetail(int status, Locale locale) {
        return switch (status) {
            case 400 -> ProblemTexts.detail("Het verzoek kon niet worden gelezen; controleer het formaat.",
                    "The request could not be read; check its format.", locale);
            case 404 -> ProblemTexts.detail("Dit adres bestaat niet.", "This address does not exist.", locale);
            case 405 -> ProblemTexts.detail("Deze actie is hier niet toegestaan.",
                    "This action is not allowed here.", locale);
            case 406 -> ProblemTexts.detail("Het gevraagde formaat is niet beschikbaar.",
                    "The requested format is not available.", locale);
            case 413 -> ProblemTexts.detail("Het bestand of verzoek is groter dan toegestaan.",
                    "The file or request is larger than allowed.", locale);
            case 415 -> ProblemTexts.detail("Stuur de gegevens als JSON.", "Send the data as JSON.", locale);
            default -> ProblemTexts.detail("Het verzoek kon niet worden verwerkt.",
                    "The request could not be processed.", locale);
        };
    }

    private static ProblemDetail problem(HttpStatus status, String detailNl, String detailEn,
                                         HttpServletRequest request) {
        return Problems.of(status, detailNl, detailEn, request);
    }
}
