package nl.vaardig.taxonomy.csv;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one CSV row into one record. Throws {@link BadRowException} (or {@link IllegalArgumentException} from a
 * record's validation) for a row that cannot be used; calls {@code warn} for a row that is kept with a remark.
 */
public interface RowMapper<R> {

    /** Columns that must be in the header; a file without one of them is refused with its name. */
    List<String> requiredColumns();

    R map(CsvRow row, Consumer<String> warn);

    /**
     * How many records before the header row may be skipped as a metadata block (the ESCO portal's mapping tables
     * open with one). The header is then the first record that has every required column; 0 means the first record
     * must be the header.
     */
    default int preambleLimit() {
        return 0;
    }
}
