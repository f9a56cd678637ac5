package nl.vaardig.ingest.feed;

import java.util.Locale;
import java.util.Optional;

/** The file formats a vacancy feed can come in. */
public enum FeedFormat {
    /** One JSON object per line ({@code .jsonl}, {@code application/x-ndjson}). */
    JSON_LINES,
    /** RFC 4180 CSV with a header row, comma or semicolon separated, UTF-8. */
    CSV;

    /** From a file name or a media type; empty when neither says. */
    public static Optional<FeedFormat> detect(String fileName, String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("ndjson") || type.contains("jsonl") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        if (type.contains("csv") || name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }
}
