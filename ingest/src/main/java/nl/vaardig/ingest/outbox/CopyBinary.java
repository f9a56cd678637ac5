package nl.vaardig.ingest.outbox;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Rows in PostgreSQL's binary COPY format ({@code copy ... from stdin (format binary)}): a signature and two zero
 * words, then per row the field count and each field as length + bytes (-1 for null), and -1 at the end. No
 * escaping and no hex: a payload's bytes go as they are (the text format doubled them; issue 16, round 9).
 *
 * <p>One growing array of its own, handed to the COPY as it is ({@link #array()}, {@link #length()}): no
 * synchronised per-byte writes and no copy at the end, and a field can be written straight into it
 * ({@link #field}) instead of being built elsewhere and copied in (issue 16, round 15).
 */
final class CopyBinary {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private byte[] buffer;
    private int length;
    private boolean finished;
    private final OutputStream sink = new OutputStream() {
        @Override
        public void write(int b) {
            ensure(1);
            buffer[length++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            append(b, off, len);
        }
    };

    CopyBinary(int expectedBytes) {
        buffer = new byte[Math.max(64, expectedBytes)];
        append(SIGNATURE, 0, SIGNATURE.length);
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
        append(value, 0, value.length);
        return this;
    }

    /**
     * A non-null field whose bytes {@code writer} writes into the rows directly; its length is filled in after.
     * The stream is only valid inside the call.
     */
    CopyBinary field(Consumer<OutputStream> writer) {
        int at = length;
        int32(0);
        writer.accept(sink);
        putInt32(at, length - at - 4);
        return this;
    }

    /** Adds the trailer; the builder is done after this. */
    CopyBinary finish() {
        if (!finished) {
            int16(-1);
            finished = true;
        }
        return this;
    }

    /** The rows with the trailer, as a new array of exactly {@link #length()} bytes. */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(buffer, length);
    }

    /** The buffer itself; its first {@link #length()} bytes are the rows. */
    byte[] array() {
        return buffer;
    }

    int length() {
        return length;
    }

    private CopyBinary nullField() {
        int32(-1);
        return this;
    }

    private void int16(int v) {
        ensure(2);
        buffer[length++] = (byte) (v >>> 8);
        buffer[length++] = (byte) v;
    }

    private void int32(int v) {
        ensure(4);
        putInt32(length, v);
        length += 4;
    }

    /** Big-endian, as COPY's binary format wants, over four bytes already in the buffer. */
    private void putInt32(int at, int v) {
        buffer[at] = (byte) (v >>> 24);
        buffer[at + 1] = (byte) (v >>> 16);
        buffer[at + 2] = (byte) (v >>> 8);
        buffer[at + 3] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >>> 32));
        int32((int) v);
    }

    private void append(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, buffer, length, len);
        length += len;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
