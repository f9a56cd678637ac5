package nl.vaardig.web.platform.problem;

import java.util.List;

/**
 * Input that passed the request's shape checks but breaks a rule only the service can check (an unknown ESCO skill,
 * answers that do not fit together, a share with one's own account, …): 400 with one field error each, in the same
 * problem document as a shape error.
 */
public class InputRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InputRejectedException(List<FieldError> errors) {
        super("input rejected: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InputRejectedException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
