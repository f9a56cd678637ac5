package nl.vaardig.taxonomy.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one loader shape used for every table: header check → row → record → batch sink → stats. Bad rows are
 * counted with line number and reason and never stop the load; only an unusable header does.
 */
public final class CsvTableLoader {

    public static final int DEFAULT_BATCH_SIZE = 1_000;

    private CsvTableLoader() {
    }

    /**
     * Loads {@code in} (UTF-8 CSV with a header row) and closes it.
     *
     * @throws CsvHeaderException when the file is empty or lacks a required column
     */
    public static <R> LoadStats load(String source, InputStream in, RowMapper<R> mapper, BatchSink<? super R> sink,
                                     int batchSize) {
        long started = System.nanoTime();
        try (var reader = new CsvRecordReader(in)) {
            Header header = header(source, reader, mapper.requiredColumns());
            Map<String, Integer> columns = header.columns();
            int width = header.width();
            var batch = new ArrayList<R>(batchSize);
            var bad = new ArrayList<RowIssue>();
            var warnings = new ArrayList<RowIssue>();
            long read = 0;
            long accepted = 0;
            CsvRecordReader.Result result;
            while ((result = reader.next()) != null) {
                read++;
                switch (result) {
                    case CsvRecordReader.Bad b -> bad.add(new RowIssue(b.line(), b.reason()));
                    // ESCO's hierarchy files leave trailing empty fields out, so a short row is fine as long as it
                    // reaches every required column; a long row means broken quoting or a stray delimiter
                    case CsvRecordReader.Parsed p when p.values().size() > width || p.values().size() < header.minWidth() ->
                            bad.add(new RowIssue(p.line(), "expected " + width + " fields, found " + p.values().size()));
                    case CsvRecordReader.Parsed p -> {
                        var row = new CsvRow(p.line(), columns, p.values());
                        try {
                            R record = mapper.map(row, w -> warnings.add(new RowIssue(p.line(), w)));
                            batch.add(record);
                            accepted++;
                            if (batch.size() >= batchSize) {
                                sink.accept(Collections.unmodifiableList(batch));
                                batch = new ArrayList<>(batchSize);
                            }
                        } catch (BadRowException | IllegalArgumentException e) {
                            bad.add(new RowIssue(p.line(), e.getMessage()));
                        }
                    }
                }
            }
            if (!batch.isEmpty()) {
                sink.accept(Collections.unmodifiableList(batch));
            }
            return new LoadStats(source, read, accepted, bad, warnings, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    public static <R> LoadStats load(String source, InputStream in, RowMapper<R> mapper, BatchSink<? super R> sink) {
        return load(source, in, mapper, sink, DEFAULT_BATCH_SIZE);
    }

    private record Header(Map<String, Integer> columns, int width, int minWidth) {
    }

    private static Header header(String source, CsvRecordReader reader, List<String> required) {
        CsvRecordReader.Result head = reader.next();
        if (head == null) {
            throw new CsvHeaderException(source + ": empty file, no header row");
        }
        if (!(head instanceof CsvRecordReader.Parsed parsed)) {
            throw new CsvHeaderException(source + ": unreadable header row: " + ((CsvRecordReader.Bad) head).reason());
        }
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < parsed.values().size(); i++) {
            columns.putIfAbsent(parsed.values().get(i).strip(), i);
        }
        var missing = new LinkedHashSet<String>();
        for (String r : required) {
            if (!columns.containsKey(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvHeaderException(source + ": missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + String.join(", ", parsed.values()) + ")");
        }
        int minWidth = required.stream().mapToInt(columns::get).max().orElse(-1) + 1;
        return new Header(Map.copyOf(columns), parsed.values().size(), minWidth);
    }
}
