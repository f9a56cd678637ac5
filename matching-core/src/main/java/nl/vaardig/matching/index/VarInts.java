package nl.vaardig.matching.index;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/** Compact int lists in doc values: a count, then each value as an unsigned LEB128 varint. */
public final class VarInts {

    private VarInts() {
    }

    public static BytesRef encode(int[] values) {
        byte[] out = new byte[5 * (values.length + 1)];
        int pos = put(out, 0, values.length);
        for (int v : values) {
            pos = put(out, pos, v);
        }
        return new BytesRef(Arrays.copyOf(out, pos));
    }

    /** Decodes into {@code into} when large enough (else a new array); returns the array, length at [0] excluded. */
    public static int[] decode(BytesRef ref) {
        int[] pos = {ref.offset};
        int n = get(ref.bytes, pos);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(ref.bytes, pos);
        }
        return out;
    }

    private static int put(byte[] out, int pos, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative value " + v);
        }
        while ((v & ~0x7F) != 0) {
            out[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[pos++] = (byte) v;
        return pos;
    }

    private static int get(byte[] in, int[] pos) {
        int v = 0;
        int shift = 0;
        while (true) {
            byte b = in[pos[0]++];
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
