package nl.vaardig.taxonomy.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads RFC 4180 CSV (CRLF or LF, multi-line quoted fields) record by record and never gives up on the file
 * because of one record. Logical records are cut by quote parity, then split into fields, so:
 * <ul>
 *   <li>a malformed record (e.g. text after a closing quote) is returned as bad with its line number, and reading
 *       continues with the next record;</li>
 *   <li>an unterminated quote (open for more than {@value #MAX_LINES_PER_RECORD} lines, or to the end of the file)
 *       makes only its first line bad, and the lines after it are read again as fresh records;</li>
 *   <li>invalid UTF-8 is replaced while decoding and the records containing it are returned as bad.</li>
 * </ul>
 */
public final class CsvRecordReader implements Closeable {

    // ESCO's longest record (hidden labels of "medisch specialist", nl) spans 639 lines
    static final int MAX_LINES_PER_RECORD = 5_000;
    private static final char REPLACEMENT = '\uFFFD';

    private final BufferedReader reader;
    private final Deque<Line> pushedBack = new ArrayDeque<>();
    private long physicalLine;
    private boolean first = true;

    public CsvRecordReader(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(REPLACEMENT));
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** A raw record: either parsed values, or the reason it could not be parsed. */
    public sealed interface Result permits Parsed, Bad {
        long line();
    }

    public record Parsed(long line, List<String> values) implements Result {
    }

    public record Bad(long line, String reason) implements Result {
    }

    /** The next record, or {@code null} at the end of the input. Empty lines between records are skipped. */
    public Result next() {
        Line start;
        do {
            start = nextLine();
            if (start == null) {
                return null;
            }
        } while (start.text.isEmpty());

        String record = start.text;
        int quotes = countQuotes(record);
        if ((quotes & 1) == 1) {
            var lines = new ArrayList<Line>();
            lines.add(start);
            var text = new StringBuilder(start.text);
            while ((quotes & 1) == 1) {
                Line more = lines.size() >= MAX_LINES_PER_RECORD ? null : nextLine();
                if (more == null) {
                    // give the following lines a second chance as records of their own
                    for (int i = lines.size() - 1; i >= 1; i--) {
                        pushedBack.push(lines.get(i));
                    }
                    return new Bad(start.number, "unterminated quoted field");
                }
                lines.add(more);
                text.append('\n').append(more.text);
                quotes += countQuotes(more.text);
            }
            record = text.toString();
        }
        if (record.indexOf(REPLACEMENT) >= 0) {
            return new Bad(start.number, "invalid UTF-8 byte sequence (is the file UTF-8?)");
        }
        return parse(start.number, record);
    }

    /**
     * RFC 4180 fields of one logical record. (commons-csv was used here first; building a parser per record cost
     * ~70 % of a full ESCO import, so the record is split by this small state machine instead.) The field ends are
     * found with {@link String#indexOf(int, int)} and the fields cut with {@code substring}, not copied character by
     * character: the record splitting was a quarter of the ESCO model's load.
     */
    static Result parse(long line, String record) {
        var fields = new ArrayList<String>(16);
        int i = 0;
        int n = record.length();
        while (true) {
            if (i < n && record.charAt(i) == '"') {
                i++;
                StringBuilder unescaped = null; // only for a field with a doubled quote in it
                String value;
                while (true) {
                    int quote = record.indexOf('"', i);
                    if (quote < 0) {
                        return new Bad(line, "malformed quoting: quoted field not closed");
                    }
                    if (quote + 1 < n && record.charAt(quote + 1) == '"') {
                        if (unescaped == null) {
                            unescaped = new StringBuilder(quote - i + 32);
                        }
                        unescaped.append(record, i, quote + 1);
                        i = quote + 2;
                    } else {
                        value = unescaped == null ? record.substring(i, quote)
                                : unescaped.append(record, i, quote).toString();
                        i = quote + 1;
                        break;
                    }
                }
                if (i < n && record.charAt(i) != ',') {
                    return new Bad(line, "malformed quoting: text after the closing quote of field " + (fields.size() + 1));
                }
                fields.add(value);
            } else {
                int comma = record.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                fields.add(record.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return new Parsed(line, fields);
            }
            i++; // the comma
        }
    }

    private Line nextLine() {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        try {
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            physicalLine++;
            if (first) {
                first = false;
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
            }
            return new Line(physicalLine, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int countQuotes(String s) {
        int n = 0;
        for (int i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) {
            n++;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private record Line(long number, String text) {
    }
}
