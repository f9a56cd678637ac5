package nl.vaardig.web.passport;

/** The passport endpoints' own refusals; {@link PassportProblems} turns them into problem documents. */
final class PassportRefusals {

    private PassportRefusals() {
    }

    /** Too many link openings from one address: the link endpoint is public, so guessing is slowed down. */
    static final class Throttled extends RuntimeException {
        private final long retryAfterSeconds;

        Throttled(long retryAfterSeconds) {
            super("passport link throttled");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
