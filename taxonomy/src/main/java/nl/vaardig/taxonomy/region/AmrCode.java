package nl.vaardig.taxonomy.region;

import java.util.regex.Pattern;

/** CBS code of an arbeidsmarktregio, {@code AM01}–{@code AM38}. */
public record AmrCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("AM[0-9]{2}");

    public AmrCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("arbeidsmarktregio code must look like AM01, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
