package nl.vaardig.web.matching;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** Input that passed the shape checks but names things that do not exist (unknown ESCO skills, …). */
class ProfileRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    ProfileRejectedException(List<FieldError> errors) {
        super("the profile names unknown things");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
