package nl.vaardig.matching.model;

import java.util.regex.Pattern;

/**
 * An ISCO-08 group code of 1 to 4 digits; used as the sector of a vacancy or of a person's occupation. A longer
 * code lies within each of its prefixes ({@code 2654} is in {@code 26} and in {@code 2}).
 */
public record IscoCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,4}");

    public IscoCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("ISCO code must be 1-4 digits, was '" + value + "'");
        }
    }

    public boolean within(IscoCode group) {
        return value.startsWith(group.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
