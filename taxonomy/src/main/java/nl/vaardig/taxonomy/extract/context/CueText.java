package nl.vaardig.taxonomy.extract.context;

import java.util.ArrayList;
import java.util.List;

/**
 * A folded sentence split into words once, so that every cue list (boilerplate, requirement, section)
 * can be checked against it without splitting it again.
 */
public final class CueText {

    final String text;
    final String[] words;
    final int[] starts;

    private CueText(String text, String[] words, int[] starts) {
        this.text = text;
        this.words = words;
        this.starts = starts;
    }

    /** @param folded text already passed through {@link nl.vaardig.taxonomy.extract.text.Fold} */
    public static CueText of(String folded) {
        List<String> words = new ArrayList<>(folded.length() / 5 + 1);
        int[] starts = new int[folded.length() / 2 + 1];
        int i = 0;
        int n = 0;
        int length = folded.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isWordChar(folded, i)) {
                i++;
            }
            words.add(folded.substring(start, i));
            starts[n++] = start;
        }
        return new CueText(folded, words.toArray(String[]::new), java.util.Arrays.copyOf(starts, n));
    }

    /** Words as cues spell them: letters and digits, with inner apostrophes and hyphens ("pre's", "e-mail"). */
    static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return (c == '\'' || c == '-') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
