package nl.vaardig.ingest.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTest {

    @Test
    void escapesWhatTheCopyTextFormatTreatsSpecially() {
        assertThat(CopyText.field(new StringBuilder(), "a\\b\tc\nd\re").toString()).isEqualTo("a\\\\b\\tc\\nd\\re");
        assertThat(CopyText.field(new StringBuilder(), "AM18 Groot-Amsterdam").toString()).isEqualTo("AM18 Groot-Amsterdam");
    }

    @Test
    void writesNullAsBackslashN() {
        assertThat(CopyText.field(new StringBuilder(), null).toString()).isEqualTo("\\N");
        assertThat(CopyText.bytea(new StringBuilder(), null).toString()).isEqualTo("\\N");
    }

    @Test
    void writesByteaAsEscapedHex() {
        assertThat(CopyText.bytea(new StringBuilder(), new byte[] {0, 15, (byte) 0xAB, 127}).toString())
                .isEqualTo("\\\\x000fab7f");
    }
}
