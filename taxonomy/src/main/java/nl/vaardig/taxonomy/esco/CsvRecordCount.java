package nl.vaardig.taxonomy.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Counts the data records of a CSV file independently of the importer (RFC 4180: a line break inside quotes
 * belongs to the field; empty lines are not records; the first record is the header). Used to check that an
 * import accounts for every row of the file.
 */
public final class CsvRecordCount {

    private CsvRecordCount() {
    }

    /** Data records (header excluded) in the stream, read as UTF-8; the stream is closed. */
    public static long dataRecords(InputStream in) throws IOException {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '"') {
                        // "" inside quotes toggles twice: still quoted, as RFC 4180 wants.
                        quoted = !quoted;
                        content = true;
                    } else if ((c == '\n' || c == '\r') && !quoted) {
                        if (content) {
                            records++;
                        }
                        content = false;
                    } else {
                        content = true;
                    }
                }
            }
        }
        if (content) {
            records++;
        }
        return Math.max(0, records - 1);
    }
}
