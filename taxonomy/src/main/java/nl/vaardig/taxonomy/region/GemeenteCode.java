package nl.vaardig.taxonomy.region;

import java.util.regex.Pattern;

/** CBS gemeente code, {@code GM} and four digits. */
public record GemeenteCode(String value) {
    private static final Pattern SHAPE = Pattern.compile("GM[0-9]{4}");

    public GemeenteCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("gemeente code must look like GM0363, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
