package nl.vaardig.web.platform.problem;

import java.util.Objects;

/**
 * A part of the platform that this request needs is still being built after the start (the platform is ready before
 * it, see {@code EngineBuild}): answered 503 with Retry-After, the request may simply be repeated.
 */
public class StillStartingException extends RuntimeException {

    private final String part;

    public StillStartingException(String part) {
        super(Objects.requireNonNull(part, "part") + " is still being built");
        this.part = part;
    }

    /** Which part, e.g. {@code typeahead}: the problem's {@code startingPart}. */
    public String part() {
        return part;
    }
}
