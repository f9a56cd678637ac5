package nl.vaardig.ingest.event.payload;

import java.util.Collection;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Shared checks of the payload records' compact constructors. */
final class Payloads {

    private static final Pattern REGION = Pattern.compile("AM\\d{2}");

    private Payloads() {
    }

    static String region(String region) {
        Objects.requireNonNull(region, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("Not an arbeidsmarktregio code: " + region);
        }
        return region;
    }

    static String optionalRegion(String region) {
        return region == null ? null : region(region);
    }

    static UUID id(UUID id, String name) {
        return Objects.requireNonNull(id, name);
    }

    static String text(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
        }
        return stripped;
    }

    static <T> void noNulls(Collection<T> values, String name) {
        for (T value : values) {
            Objects.requireNonNull(value, name + " contains null");
        }
    }
}
