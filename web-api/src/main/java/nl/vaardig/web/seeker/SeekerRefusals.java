package nl.vaardig.web.seeker;

/** The job seeker endpoints' own refusals; {@link SeekerProblems} turns them into problem documents. */
final class SeekerRefusals {

    private SeekerRefusals() {
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
