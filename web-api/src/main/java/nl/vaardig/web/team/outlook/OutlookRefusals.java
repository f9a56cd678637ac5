package nl.vaardig.web.team.outlook;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** The team outlook's own refusals; {@link OutlookProblems} turns them into problem documents. */
final class OutlookRefusals {

    private OutlookRefusals() {
    }

    /** Input that breaks a rule (unknown skill or region, answers that do not match the skills, no consent): 400. */
    static final class Rejected extends RuntimeException {
        private final transient List<FieldError> errors;

        Rejected(List<FieldError> errors) {
            super("team outlook input rejected");
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    /** An address that already has a live invitation for this outlook: 409. */
    static final class AlreadyInvited extends RuntimeException {
        private final String email;

        AlreadyInvited(String email) {
            super("already invited");
            this.email = email;
        }

        String email() {
            return email;
        }
    }

    /** An expired link used to answer: 410 (withdrawing still works). */
    static final class Expired extends RuntimeException {
        Expired() {
            super("team outlook link expired");
        }
    }
}
