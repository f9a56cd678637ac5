package nl.vaardig.web.platform.problem;

/** One entry of a problem's {@code errors} list: which field, and a message a person can act on. */
public record FieldError(String field, String message) {
}
