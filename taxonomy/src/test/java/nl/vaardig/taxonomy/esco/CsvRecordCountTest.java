package nl.vaardig.taxonomy.esco;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordCountTest {

    private static long count(String csv) throws IOException {
        return CsvRecordCount.dataRecords(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theHeaderIsNotARecord() throws IOException {
        assertThat(count("a,b\n")).isZero();
        assertThat(count("a,b\n1,2\n3,4\n")).isEqualTo(2);
    }

    @Test
    void aLastRecordWithoutLineBreakCounts() throws IOException {
        assertThat(count("a,b\n1,2\n3,4")).isEqualTo(2);
    }

    @Test
    void lineBreaksInsideQuotesBelongToTheField() throws IOException {
        assertThat(count("a,b\n1,\"two\nlines\"\n3,\"say \"\"hi\"\"\r\n again\"\n")).isEqualTo(2);
    }

    @Test
    void crlfAndEmptyLinesDoNotMakeExtraRecords() throws IOException {
        assertThat(count("a,b\r\n1,2\r\n\r\n3,4\r\n")).isEqualTo(2);
    }

    @Test
    void theShippedSkillsFileHasTheDocumentedRowCount() throws IOException {
        assertThat(CsvRecordCount.dataRecords(EscoSource.shippedSnapshot().find("skills_en.csv").orElseThrow().open()))
                .isEqualTo(13_896);
    }
}
