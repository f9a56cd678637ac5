package nl.vaardig.web.coach;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** Input of the coach or proposal endpoints that passed the shape checks but names something not allowed (400). */
class CoachInputRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    CoachInputRejectedException(List<FieldError> errors) {
        super("rejected input");
        this.errors = List.copyOf(errors);
    }

    CoachInputRejectedException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
