package nl.vaardig.taxonomy.analysis;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Locale-independent normalisation for exact label comparison outside Lucene: lower case with {@link Locale#ROOT},
 * diacritics removed ({@code coördinator} → {@code coordinator}), dashes and punctuation to spaces, whitespace
 * collapsed. Matches what the analyzers' lowercase + ASCII-folding steps do to letters.
 */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFolding() {
    }

    /** Lower case and without diacritics; punctuation kept. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('\u2019', '\'');
    }

    /** Folded, with every run of non-word characters (dashes, slashes, brackets) turned into one space. */
    public static String foldWords(String text) {
        String folded = NON_WORD.matcher(fold(text)).replaceAll(" ");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
