package nl.vaardig.web.passport;

import java.util.List;
import java.util.Locale;
import nl.vaardig.web.platform.problem.FieldError;
import nl.vaardig.web.platform.problem.ProblemTexts;

/** The passport endpoints' own refusals; {@link PassportProblems} turns them into problem documents. */
final class PassportRefusals {

    private PassportRefusals() {
    }

    /** A share request with a field that breaks a rule (expiry out of range, no such kind of account). */
    static final class Rejected extends RuntimeException {
        private final transient List<FieldError> errors;

        Rejected(String field, String dutch, String english, Locale locale) {
            super("passport share rejected: " + field);
            this.errors = List.of(new FieldError(field, ProblemTexts.detail(dutch, english, locale)));
        }

        List<FieldError> errors() {
            return errors;
        }
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
