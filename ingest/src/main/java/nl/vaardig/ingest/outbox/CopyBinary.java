package nl.vaardig.ingest.outbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format ({@code copy ... from stdin (format binary)}): a signature and two zero
 * words, then per row the field count and each field as length + bytes (-1 for null), and -1 at the end. No
 * escaping and no hex: a payload's bytes go as they are (the text format doubled them; issue 16, round 9).
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final ByteArrayOutputStream out;

    CopyBinary(int expectedBytes) {
        out = new ByteArrayOutputStream(Math.max(64, expectedBytes));
        out.writeBytes(SIGNATURE);
        int32(0); // flags: no OIDs
        int32(0); // header extension length
    }

    CopyBinary row(int fields) {
        int16(fields);
        return this;
    }

    CopyBinary uuid(UUID value) {
        if (value == null) {
            return nullField();
        }
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    CopyBinary text(String value) {
        return value == null ? nullField() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    CopyBinary bytes(byte[] value) {
        if (value == null) {
            return nullField();
        }
        int32(value.length);
        out.writeBytes(value);
        return this;
    }

    /** The rows with the trailer; the builder is done after this. */
    byte[] finish() {
        int16(-1);
        return out.toByteArray();
    }

    private CopyBinary nullField() {
        int32(-1);
        return this;
    }

    private void int16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private void int32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }
}
