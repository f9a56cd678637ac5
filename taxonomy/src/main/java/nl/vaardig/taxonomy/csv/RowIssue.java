package nl.vaardig.taxonomy.csv;

import java.util.Objects;

/** A problem with one CSV record: the physical line it starts on (header = line 1) and why. */
public record RowIssue(long line, String reason) implements java.io.Serializable {
    public RowIssue {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1, was " + line);
        }
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
