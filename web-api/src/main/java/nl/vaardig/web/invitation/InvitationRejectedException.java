package nl.vaardig.web.invitation;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** An answer whose fields do not fit together (accepting without sharing a name): 400 with field errors. */
class InvitationRejectedException extends RuntimeException {

    private final List<FieldError> errors;

    InvitationRejectedException(List<FieldError> errors) {
        super("invitation answer rejected");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
