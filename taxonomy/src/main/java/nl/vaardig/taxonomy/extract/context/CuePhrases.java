package nl.vaardig.taxonomy.extract.context;

import java.util.List;
import nl.vaardig.taxonomy.extract.text.Fold;

/**
 * A list of cue phrases matched on folded text at word boundaries. A phrase ending in '*' matches any word
 * continuation ("solliciteer*" matches "solliciteren", "sollicitatie…" does not).
 */
final class CuePhrases {

    private final String[] phrases;
    private final boolean[] prefix;

    CuePhrases(List<String> cues) {
        phrases = new String[cues.size()];
        prefix = new boolean[cues.size()];
        for (int i = 0; i < phrases.length; i++) {
            String cue = Fold.fold(cues.get(i));
            prefix[i] = cue.endsWith("*");
            phrases[i] = prefix[i] ? cue.substring(0, cue.length() - 1) : cue;
        }
    }

    /** Number of distinct cues found in {@code folded}. */
    int count(String folded) {
        int n = 0;
        for (int i = 0; i < phrases.length; i++) {
            if (find(folded, phrases[i], prefix[i]) >= 0) {
                n++;
            }
        }
        return n;
    }

    boolean any(String folded) {
        for (int i = 0; i < phrases.length; i++) {
            if (find(folded, phrases[i], prefix[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int find(String text, String phrase, boolean prefixOnly) {
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return -1;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                    || !Character.isLetterOrDigit(phrase.charAt(0));
            boolean endOk = prefixOnly || end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }
}
