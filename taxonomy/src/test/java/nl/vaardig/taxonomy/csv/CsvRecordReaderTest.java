package nl.vaardig.taxonomy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The record splitting ({@link CsvRecordReader#parse}) against a character-by-character RFC 4180 reference. */
class CsvRecordReaderTest {

    @Test
    void fieldsQuotesAndMalformedRecordsAreSplitAsTheReferenceDoes() {
        List<String> records = List.of("a,b", "", ",", "a,", ",a", "\"\"", "\"a\"\"b\",c", "\"\"\"\",x", "a\"b,c",
                "\"a,b\",\"c\nd\"", "\"a\"x,b", "\"abc", "\"a\"\"", "x,\"y\"\"\"", "\"\"\"\"\"\"", "é,\"ü\"\"ß\",€");
        for (String record : records) {
            assertThat(CsvRecordReader.parse(7, record)).as(record).isEqualTo(reference(7, record));
        }
        assertThat(CsvRecordReader.parse(1, "\"a\"\"b\",c")).isEqualTo(
                new CsvRecordReader.Parsed(1, List.of("a\"b", "c")));
        assertThat(CsvRecordReader.parse(1, "\"a\"x,b")).isEqualTo(
                new CsvRecordReader.Bad(1, "malformed quoting: text after the closing quote of field 1"));
    }

    @Test
    void randomRecordsAreSplitAsTheReferenceDoes() {
        Random random = new Random(16);
        char[] alphabet = {'a', 'b', ',', '"', '"', '\n', 'é', ' '};
        for (int n = 0; n < 50_000; n++) {
            var record = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                record.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = record.toString();
            assertThat(CsvRecordReader.parse(3, text)).as(text).isEqualTo(reference(3, text));
        }
    }

    @Test
    void everyRecordOfTheShippedEscoFilesIsSplitAsTheReferenceDoes() throws IOException, URISyntaxException {
        Path root = Path.of(CsvRecordReaderTest.class.getResource("/nl/vaardig/taxonomy/esco/v1.1.1").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            // the concept schemes (not imported) list their members in records longer than the reader's line limit
            files = walk.filter(file -> file.toString().endsWith(".csv.gz"))
                    .filter(file -> !file.getFileName().toString().startsWith("conceptSchemes")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        long records = 0;
        for (Path file : files) {
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            List<List<String>> expected = new ArrayList<>();
            for (String record : logicalRecords(new String(bytes, StandardCharsets.UTF_8))) {
                CsvRecordReader.Result result = reference(0, record);
                assertThat(result).as(file.getFileName() + ": " + record).isInstanceOf(CsvRecordReader.Parsed.class);
                expected.add(((CsvRecordReader.Parsed) result).values());
            }
            List<List<String>> read = new ArrayList<>();
            try (var reader = new CsvRecordReader(new ByteArrayInputStream(bytes))) {
                for (CsvRecordReader.Result result = reader.next(); result != null; result = reader.next()) {
                    assertThat(result).as(file.getFileName() + " line " + result.line())
                            .isInstanceOf(CsvRecordReader.Parsed.class);
                    read.add(((CsvRecordReader.Parsed) result).values());
                }
            }
            assertThat(read).as(file.getFileName().toString()).isEqualTo(expected);
            records += read.size();
        }
        assertThat(records).isGreaterThan(100_000);
    }

    /** The file's logical records: lines joined while a quote is open (the reader's own rule). */
    private static List<String> logicalRecords(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        var records = new ArrayList<String>();
        var record = new StringBuilder();
        int quotes = 0;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (record.isEmpty() && quotes == 0 && line.isEmpty()) {
                continue;
            }
            if (quotes > 0) {
                record.append('\n');
            }
            record.append(line);
            quotes += (int) line.chars().filter(c -> c == '"').count();
            if ((quotes & 1) == 0) {
                records.add(record.toString());
                record.setLength(0);
                quotes = 0;
            }
        }
        return records;
    }

    /** The character-by-character splitting the reader used before (kept here as the oracle). */
    private static CsvRecordReader.Result reference(long line, String record) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        int i = 0;
        int n = record.length();
        while (true) {
            field.setLength(0);
            if (i < n && record.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return new CsvRecordReader.Bad(line, "malformed quoting: quoted field not closed");
                    }
                    char c = record.charAt(i++);
                    if (c == '"') {
                        if (i < n && record.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && record.charAt(i) != ',') {
                    return new CsvRecordReader.Bad(line,
                            "malformed quoting: text after the closing quote of field " + (fields.size() + 1));
                }
            } else {
                while (i < n && record.charAt(i) != ',') {
                    field.append(record.charAt(i++));
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return new CsvRecordReader.Parsed(line, fields);
            }
            i++;
        }
    }
}
