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
}
