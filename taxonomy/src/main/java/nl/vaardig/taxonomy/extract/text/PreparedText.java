package nl.vaardig.taxonomy.extract.text;

import java.util.Objects;

/**
 * The text the extractor reads ({@code view}: markup removed, entities decoded, mojibake repaired) together
 * with, for every view character, the offset of the original character it came from, so that evidence
 * spans can always be reported against the text the caller sent.
 */
public record PreparedText(String original, String view, int[] toOriginal, int processedOriginalLength,
                           boolean markupRemoved, int repairedCharacters, int replacementCharacters) {

    public PreparedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(view, "view");
        if (toOriginal.length != view.length() + 1) {
            throw new IllegalArgumentException("offset map must have one entry per view char plus the end");
        }
    }

    /** A text that needed no preparation: the view is the original. */
    public static PreparedText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new PreparedText(text, text, map, text.length(), false, 0, 0);
    }

    public int originalStart(int viewStart) {
        return toOriginal[viewStart];
    }

    /** End offset (exclusive) in the original for a view range ending at {@code viewEnd} (exclusive). */
    public int originalEnd(int viewEnd) {
        if (viewEnd == 0) {
            return toOriginal[0];
        }
        int lastChar = toOriginal[viewEnd - 1];
        int next = toOriginal[viewEnd];
        // A decoded entity or repaired sequence maps several original chars to one view char: end where the
        // next view char begins, but never past the processed part of the original.
        return Math.max(lastChar + 1, Math.min(next, processedOriginalLength));
    }
}
