package nl.vaardig.web.seeker;

import java.util.List;
import nl.vaardig.web.platform.problem.FieldError;

/** The job seeker endpoints' own refusals; {@link SeekerProblems} turns them into problem documents. */
final class SeekerRefusals {

    private SeekerRefusals() {
    }

    /** Values that are well-formed but name unknown things or break a rule; one field error each. */
    static final class Rejected extends RuntimeException {
        private final transient List<FieldError> errors;

        Rejected(List<FieldError> errors) {
            super("the profile was rejected");
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    /** The profile changed since the version the editor started from. */
    static final class VersionConflict extends RuntimeException {
        VersionConflict() {
            super("the profile changed meanwhile");
        }
    }

    /** A conflict with the state of the account, with Dutch and English explanation. */
    static final class StateConflict extends RuntimeException {
        private final String english;

        StateConflict(String dutch, String english) {
            super(dutch);
            this.english = english;
        }

        String english() {
            return english;
        }
    }
}
