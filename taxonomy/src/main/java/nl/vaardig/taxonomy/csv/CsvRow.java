package nl.vaardig.taxonomy.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One parsed CSV record with access by column name. Values are stripped of surrounding whitespace. */
public final class CsvRow {

    private static final Pattern NEWLINE = Pattern.compile("\\R");

    private final long line;
    private final Map<String, Integer> columns;
    private final List<String> values;

    CsvRow(long line, Map<String, Integer> columns, List<String> values) {
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    public long line() {
        return line;
    }

    /** The stripped value of a column; empty when the column is absent from this file. */
    public String get(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= values.size()) {
            return "";
        }
        String v = values.get(i);
        return v == null ? "" : v.strip();
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** A required non-empty value, or a {@link BadRowException} naming the column. */
    public String require(String column) {
        String v = get(column);
        if (v.isEmpty()) {
            throw new BadRowException("empty " + column);
        }
        return v;
    }

    /** A multi-valued field: ESCO separates values by line breaks inside one quoted field. */
    public List<String> lines(String column) {
        return split(get(column), NEWLINE);
    }

    /** A multi-valued field separated by {@code " | "} (the ESCO collection files). */
    public List<String> pipes(String column) {
        return split(get(column), Pattern.compile("\\s*\\|\\s*|\\R"));
    }

    private static List<String> split(String value, Pattern separator) {
        if (value.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<String>();
        for (String part : separator.split(value)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
