package nl.vaardig.ingest.outbox;

/** Fields of PostgreSQL's COPY text format: null as {@code \N}, backslash, tab and line breaks escaped, bytea as hex. */
final class CopyText {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CopyText() {
    }

    static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** bytea in hex form; the backslash of {@code \x} is itself escaped for the COPY text format. */
    static StringBuilder bytea(StringBuilder out, byte[] value) {
        if (value == null) {
            return out.append("\\N");
        }
        out.append("\\\\x");
        for (byte b : value) {
            out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return out;
    }
}
