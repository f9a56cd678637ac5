package nl.vaardig.taxonomy.extract.text;

import java.util.Objects;

/**
 * The input cannot be processed at all. The reason is stable so that an API can map it to a problem type
 * ({@code TEXT_TOO_LARGE} → 413, {@code NOT_TEXT} → 415/422).
 */
public final class TextRejectedException extends IllegalArgumentException {

    public enum Reason { TEXT_TOO_LARGE, NOT_TEXT }

    private final Reason reason;

    public TextRejectedException(Reason reason, String detail) {
        super(Objects.requireNonNull(detail, "detail"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
