package nl.vaardig.taxonomy.csv;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Outcome of loading one CSV table. {@code rowsRead = accepted + badRows.size()}; warnings are accepted rows
 * with something worth knowing (e.g. an empty skill type kept as UNKNOWN); {@code preambleRecords} are the
 * metadata records skipped before the header row (the crosswalk files have such a block).
 */
public record LoadStats(String source, long rowsRead, long accepted, List<RowIssue> badRows, List<RowIssue> warnings,
                        Duration elapsed, long preambleRecords) implements java.io.Serializable {

    public LoadStats(String source, long rowsRead, long accepted, List<RowIssue> badRows, List<RowIssue> warnings,
                     Duration elapsed) {
        this(source, rowsRead, accepted, badRows, warnings, elapsed, 0);
    }

    public LoadStats {
        Objects.requireNonNull(source, "source");
        badRows = List.copyOf(badRows);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(elapsed, "elapsed");
        if (preambleRecords < 0) {
            throw new IllegalArgumentException(source + ": negative preamble count");
        }
        if (rowsRead != accepted + badRows.size()) {
            throw new IllegalArgumentException(source + ": rows read " + rowsRead + " != accepted " + accepted
                    + " + bad " + badRows.size());
        }
    }

    public boolean clean() {
        return badRows.isEmpty() && warnings.isEmpty();
    }

    @Override
    public String toString() {
        return source + ": read " + rowsRead + ", accepted " + accepted + ", bad " + badRows.size()
                + ", warnings " + warnings.size() + (preambleRecords > 0 ? ", metadata records before the header "
                + preambleRecords : "") + " (" + elapsed.toMillis() + " ms)";
    }
}
