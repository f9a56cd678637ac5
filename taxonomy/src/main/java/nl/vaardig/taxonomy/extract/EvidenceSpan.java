package nl.vaardig.taxonomy.extract;

import java.util.Objects;

/** Where a skill or occupation was seen: char offsets [start, end) into the caller's original text. */
public record EvidenceSpan(int start, int end, String text) {

    public EvidenceSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(EvidenceSpan other) {
        return start < other.end && other.start < end;
    }

    public boolean within(EvidenceSpan other) {
        return start >= other.start && end <= other.end;
    }
}
