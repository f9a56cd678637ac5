package nl.vaardig.web.team;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** Team roles that name skills outside the loaded ESCO taxonomy: 400 with one field error per skill. */
class TeamRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    TeamRejectedException(List<FieldError> errors) {
        super("team rejected");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
