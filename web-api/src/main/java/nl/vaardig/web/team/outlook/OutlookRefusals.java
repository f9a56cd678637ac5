package nl.vaardig.web.team.outlook;

/** The team outlook's own refusals; {@link OutlookProblems} turns them into problem documents. */
final class OutlookRefusals {

    private OutlookRefusals() {
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
