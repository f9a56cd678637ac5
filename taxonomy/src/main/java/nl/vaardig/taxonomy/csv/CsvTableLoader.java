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
            Header header = header(source, reader, mapper.requiredColumns(), mapper.preambleLimit());
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
            return new LoadStats(source, read, accepted, bad, warnings, Duration.ofNanos(System.nanoTime() - started),
                    header.preambleRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": " + e.getMessage(), e);
        }
    }

    public static <R> LoadStats load(String source, InputStream in, RowMapper<R> mapper, BatchSink<? super R> sink) {
        return load(source, in, mapper, sink, DEFAULT_BATCH_SIZE);
    }

    private record Header(Map<String, Integer> columns, int width, int minWidth, long preambleRecords) {
    }

    private static Header header(String source, CsvRecordReader reader, List<String> required, int preambleLimit) {
        CsvRecordReader.Result head = reader.next();
        if (head == null) {
            throw new CsvHeaderException(source + ": empty file, no header row");
        }
        CsvRecordReader.Result first = head;
        // a metadata block before the header: skip records until one names every required column
        int skipped = 0;
        while (skipped < preambleLimit && !isHeader(head, required)) {
            head = reader.next();
            skipped++;
            if (head == null) {
                break;
            }
        }
        if (!isHeader(head, required)) {
            head = first; // no header found in the block: report against the first record
            skipped = 0;
        }
        if (!(head instanceof CsvRecordReader.Parsed parsed)) {
            throw new CsvHeaderException(source + ": unreadable header row: " + ((CsvRecordReader.Bad) head).reason());
        }
        Map<String, Integer> columns = columnsOf(parsed);
        var missing = missingColumns(columns, required);
        if (!missing.isEmpty()) {
            throw new CsvHeaderException(source + ": missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + String.join(", ", parsed.values()) + ")");
        }
        int minWidth = required.stream().mapToInt(columns::get).max().orElse(-1) + 1;
        return new Header(Map.copyOf(columns), parsed.values().size(), minWidth, skipped);
    }

    private static boolean isHeader(CsvRecordReader.Result record, List<String> required) {
        return record instanceof CsvRecordReader.Parsed p && missingColumns(columnsOf(p), required).isEmpty();
    }

    private static Map<String, Integer> columnsOf(CsvRecordReader.Parsed row) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < row.values().size(); i++) {
            columns.putIfAbsent(row.values().get(i).strip(), i);
        }
        return columns;
    }

    private static LinkedHashSet<String> missingColumns(Map<String, Integer> columns, List<String> required) {
        var missing = new LinkedHashSet<String>();
        for (String r : required) {
            if (!columns.containsKey(r)) {
                missing.add(r);
            }
        }
        return missing;
    }
}
