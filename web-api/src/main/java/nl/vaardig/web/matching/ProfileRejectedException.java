package nl.vaardig.web.matching;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** Input that passed the shape checks but names things that do not exist (unknown ESCO skills, …). */
public class ProfileRejectedException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ProfileRejectedException(List<FieldError> errors) {
        super("the profile names unknown things");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
