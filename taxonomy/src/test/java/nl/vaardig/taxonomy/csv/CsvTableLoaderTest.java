package nl.vaardig.taxonomy.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CsvTableLoaderTest {

    record Pair(String id, String name) {
        Pair {
            if (id.isEmpty()) {
                throw new IllegalArgumentException("empty id");
            }
        }
    }

    private static final RowMapper<Pair> MAPPER = new RowMapper<>() {
        @Override
        public List<String> requiredColumns() {
            return List.of("id", "name");
        }

        @Override
        public Pair map(CsvRow row, Consumer<String> warn) {
            if (row.get("name").isEmpty()) {
                warn.accept("no name");
            }
            return new Pair(row.get("id"), row.get("name"));
        }
    };

    private final List<Pair> received = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();

    private LoadStats load(byte[] bytes) {
        return CsvTableLoader.load("t.csv", new ByteArrayInputStream(bytes), MAPPER, b -> {
            received.addAll(b);
            batchSizes.add(b.size());
        }, 2);
    }

    private LoadStats load(String text) {
        return load(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void emptyFileIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> load("")).isInstanceOf(CsvHeaderException.class).hasMessageContaining("empty file");
    }

    @Test
    void missingColumnIsNamedInTheError() {
        assertThatThrownBy(() -> load("id,label\n1,a\n"))
                .isInstanceOf(CsvHeaderException.class)
                .hasMessageContaining("missing required column name")
                .hasMessageContaining("found: id, label");
    }

    @Test
    void recordsArriveInBatchesAndStatsAddUp() {
        LoadStats stats = load("id,name\r\n1,a\r\n2,b\r\n3,c\r\n");
        assertThat(received).extracting(Pair::id).containsExactly("1", "2", "3");
        assertThat(batchSizes).containsExactly(2, 1);
        assertThat(stats.rowsRead()).isEqualTo(3);
        assertThat(stats.accepted()).isEqualTo(3);
        assertThat(stats.clean()).isTrue();
    }

    @Test
    void multiLineQuotedFieldsWorkWithLfAndCrlfAndAByteOrderMark() {
        load("\uFEFFid,name\n1,\"two\nlines\"\r\n2,\"say \"\"hi\"\"\"\n");
        assertThat(received).containsExactly(new Pair("1", "two\nlines"), new Pair("2", "say \"hi\""));
    }

    @Test
    void textAfterAClosingQuoteIsABadRowAndTheNextRowsStillLoad() {
        LoadStats stats = load("id,name\n1,\"a\"b\n2,c\n");
        assertThat(stats.badRows()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.reason()).startsWith("malformed quoting");
        });
        assertThat(received).containsExactly(new Pair("2", "c"));
    }

    @Test
    void unterminatedQuoteCostsOnlyItsOwnLine() {
        LoadStats stats = load("id,name\n1,\"never closed\n2,b\n3,c\n");
        assertThat(stats.badRows()).containsExactly(new RowIssue(2, "unterminated quoted field"));
        assertThat(received).containsExactly(new Pair("2", "b"), new Pair("3", "c"));
        assertThat(stats.rowsRead()).isEqualTo(3);
    }

    @Test
    void invalidUtf8IsReportedPerRow() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("id,name\n1,caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é
        bytes.writeBytes("\n2,café\n".getBytes(StandardCharsets.UTF_8));
        LoadStats stats = load(bytes.toByteArray());
        assertThat(stats.badRows()).singleElement().satisfies(issue -> {
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.reason()).contains("invalid UTF-8");
        });
        assertThat(received).containsExactly(new Pair("2", "café"));
    }

    @Test
    void rowWithTooManyFieldsOrTooFewForTheRequiredColumnsIsBad() {
        LoadStats stats = load("id,name,extra\n1,a,x,y\n2\n3,c\n");
        assertThat(stats.badRows()).containsExactly(
                new RowIssue(2, "expected 3 fields, found 4"),
                new RowIssue(3, "expected 3 fields, found 1"));
        assertThat(received).containsExactly(new Pair("3", "c"));
    }

    @Test
    void recordValidationFailureIsABadRowAndAWarningKeepsTheRow() {
        LoadStats stats = load("id,name\n,a\n2,\n");
        assertThat(stats.badRows()).containsExactly(new RowIssue(2, "empty id"));
        assertThat(stats.warnings()).containsExactly(new RowIssue(3, "no name"));
        assertThat(received).containsExactly(new Pair("2", ""));
    }

    @Test
    void blankLinesBetweenRecordsAreSkippedAndLineNumbersStayPhysical() {
        LoadStats stats = load("id,name\n\n1,a\n\n,b\n");
        assertThat(stats.badRows()).containsExactly(new RowIssue(5, "empty id"));
        assertThat(received).containsExactly(new Pair("1", "a"));
    }
}
