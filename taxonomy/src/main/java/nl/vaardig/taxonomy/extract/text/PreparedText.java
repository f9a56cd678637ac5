package nl.vaardig.taxonomy.extract.text;

import java.util.Objects;

/**
 * The text the extractor reads ({@code view}: markup removed, entities decoded, mojibake repaired) together
 * with, for every view character, the offset of the original character it came from, so that evidence
 * spans can always be reported against the text the caller sent.
 */
public record PreparedText(String original, String view, int[] toOriginal, int[] toOriginalEnd, int processedOriginalLength,
                           boolean markupRemoved, int repairedCharacters, int replacementCharacters) {

    public PreparedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(view, "view");
        if (toOriginal.length != view.length() + 1 || toOriginalEnd.length != view.length()) {
            throw new IllegalArgumentException("offset maps must have one entry per view char (plus the end)");
        }
    }

    /** A text that needed no preparation: the view is the original. */
    public static PreparedText identity(String text) {
        int[] map = new int[text.length() + 1];
        int[] ends = new int[text.length()];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
            if (i < ends.length) {
                ends[i] = i + 1;
            }
        }
        return new PreparedText(text, text, map, ends, text.length(), false, 0, 0);
    }

    /**
     * This preparation seen from its view: for a caller that shows the reader the view, so evidence offsets must
     * point into the view, without preparing it a second time. What was done to get the view is kept.
     */
    public PreparedText viewAsOriginal() {
        PreparedText plain = identity(view);
        return new PreparedText(view, view, plain.toOriginal, plain.toOriginalEnd, view.length(), markupRemoved,
                repairedCharacters, replacementCharacters);
    }

    public int originalStart(int viewStart) {
        return toOriginal[viewStart];
    }

    /**
     * End offset (exclusive) in the original for a view range ending at {@code viewEnd} (exclusive): the end
     * of the original chars behind the last view char (an entity such as {@code &amp;} is several).
     */
    public int originalEnd(int viewEnd) {
        return viewEnd == 0 ? toOriginal[0] : toOriginalEnd[viewEnd - 1];
    }
}
