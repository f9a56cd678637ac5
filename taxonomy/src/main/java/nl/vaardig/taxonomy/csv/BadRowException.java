package nl.vaardig.taxonomy.csv;

/** Thrown by a {@link RowMapper} when a row cannot become a record; the loader counts it and goes on. */
public final class BadRowException extends RuntimeException {
    public BadRowException(String reason) {
        super(reason);
    }
}
