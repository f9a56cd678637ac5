package nl.vaardig.ingest.outbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyBinaryTest {

    @Test
    void writesTheSignatureHeaderRowsAndTrailerOfTheBinaryFormat() {
        UUID id = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");
        byte[] data = new CopyBinary(0).row(3).uuid(id).text("AM18 é").bytes(new byte[] {0, (byte) 0xFF, '\t'}).finish();

        ByteBuffer b = ByteBuffer.wrap(data);
        byte[] signature = new byte[11];
        b.get(signature);
        assertThat(signature).containsExactly('P', 'G', 'C', 'O', 'P', 'Y', '\n', 0xFF, '\r', '\n', 0);
        assertThat(b.getInt()).as("flags").isZero();
        assertThat(b.getInt()).as("header extension").isZero();
        assertThat(b.getShort()).as("fields in the row").isEqualTo((short) 3);
        assertThat(b.getInt()).isEqualTo(16);
        assertThat(new UUID(b.getLong(), b.getLong())).isEqualTo(id);
        byte[] text = "AM18 é".getBytes(StandardCharsets.UTF_8);
        assertThat(b.getInt()).as("UTF-8 length, not chars").isEqualTo(text.length).isEqualTo(7);
        byte[] read = new byte[text.length];
        b.get(read);
        assertThat(read).isEqualTo(text);
        assertThat(b.getInt()).isEqualTo(3);
        assertThat(new byte[] {b.get(), b.get(), b.get()}).as("bytes as they are, no escaping").containsExactly(0, 0xFF, '\t');
        assertThat(b.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(b.hasRemaining()).isFalse();
    }

    @Test
    void writesNullAsLengthMinusOne() {
        byte[] data = new CopyBinary(0).row(3).uuid(null).text(null).bytes(null).finish();
        byte[] row = Arrays.copyOfRange(data, 19, data.length);
        assertThat(row).containsExactly(0, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                0xFF, 0xFF);
    }
}
