package nl.vaardig.taxonomy.csv;

/** The file cannot be read as the expected table: empty, or a required column is missing. Names the column. */
public final class CsvHeaderException extends RuntimeException {
    public CsvHeaderException(String message) {
        super(message);
    }
}
