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
        byte[] data = new CopyBinary(0).row(3).uuid(id).text("AM18 é").bytes(new byte[] {0, (byte) 0xFF, '\t'}).toByteArray();

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
        byte[] data = new CopyBinary(0).row(3).uuid(null).text(null).bytes(null).toByteArray();
        byte[] row = Arrays.copyOfRange(data, 19, data.length);
        assertThat(row).containsExactly(0, 3, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                0xFF, 0xFF);
    }

    @Test
    void aFieldWrittenInPlaceGetsItsLengthAndTheBufferGrowsPastItsFirstSize() {
        byte[] payload = new byte[300];
        Arrays.fill(payload, (byte) 'x');
        CopyBinary rows = new CopyBinary(0).row(2).field(out -> {
            try {
                out.write('{');
                out.write(payload, 0, payload.length);
                out.write('}');
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).text("AM01").finish();

        assertThat(rows.length()).isGreaterThan(64).isLessThanOrEqualTo(rows.array().length);
        ByteBuffer b = ByteBuffer.wrap(rows.array(), 0, rows.length());
        b.position(19);
        assertThat(b.getShort()).isEqualTo((short) 2);
        assertThat(b.getInt()).as("length filled in after the bytes").isEqualTo(302);
        byte[] read = new byte[302];
        b.get(read);
        assertThat(read[0]).isEqualTo((byte) '{');
        assertThat(read[301]).isEqualTo((byte) '}');
        assertThat(b.getInt()).isEqualTo(4);
        b.position(b.position() + 4);
        assertThat(b.getShort()).as("trailer").isEqualTo((short) -1);
        assertThat(b.hasRemaining()).isFalse();
        int length = rows.length();
        assertThat(rows.toByteArray()).as("the trailer is written once").hasSize(length);
    }
}
