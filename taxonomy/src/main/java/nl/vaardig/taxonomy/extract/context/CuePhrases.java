package nl.vaardig.taxonomy.extract.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.taxonomy.extract.text.Fold;

/**
 * A list of cue phrases matched on folded text at word boundaries. A phrase ending in '*' matches any word
 * continuation ("solliciteer*" matches "solliciteren"). Cues are looked up by the word they start with, so
 * a sentence costs one pass over its words rather than one search per cue.
 */
final class CuePhrases {

    private record Cue(int id, String phrase, boolean prefix) {
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Cue> prefixCues = new ArrayList<>();
    /** First letters of the prefix cues: most words start with none of them and skip the prefix check. */
    private final boolean[] prefixStarts = new boolean[128];
    private final List<Cue> symbolCues = new ArrayList<>();
    private final int size;

    CuePhrases(List<String> cues) {
        size = cues.size();
        for (int i = 0; i < cues.size(); i++) {
            String folded = Fold.fold(cues.get(i));
            boolean prefix = folded.endsWith("*");
            String phrase = prefix ? folded.substring(0, folded.length() - 1) : folded;
            Cue cue = new Cue(i, phrase, prefix);
            if (!Character.isLetterOrDigit(phrase.charAt(0))) {
                symbolCues.add(cue);
            } else if (prefix && phrase.indexOf(' ') < 0) {
                prefixCues.add(cue);
                if (phrase.charAt(0) < 128) {
                    prefixStarts[phrase.charAt(0)] = true;
                }
            } else {
                byFirstWord.computeIfAbsent(firstWord(phrase), k -> new ArrayList<>()).add(cue);
            }
        }
    }

    /** Number of distinct cues found in {@code folded}. */
    int count(String folded) {
        return scan(CueText.of(folded), false);
    }

    int count(CueText text) {
        return scan(text, false);
    }

    boolean any(String folded) {
        return scan(CueText.of(folded), true) > 0;
    }

    boolean any(CueText text) {
        return scan(text, true) > 0;
    }

    private int scan(CueText cueText, boolean stopAtFirst) {
        String text = cueText.text;
        boolean[] found = null;
        int n = 0;
        for (Cue cue : symbolCues) {
            if (text.contains(cue.phrase())) {
                if (stopAtFirst) {
                    return 1;
                }
                found = mark(found, cue);
                n++;
            }
        }
        String[] words = cueText.words;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            List<Cue> candidates = byFirstWord.get(word);
            if (candidates != null) {
                for (Cue cue : candidates) {
                    if ((found == null || !found[cue.id()]) && matchesAt(text, cueText.starts[w], cue)) {
                        if (stopAtFirst) {
                            return 1;
                        }
                        found = mark(found, cue);
                        n++;
                    }
                }
            }
            char first = word.charAt(0);
            if (first < 128 && !prefixStarts[first]) {
                continue;
            }
            for (Cue cue : prefixCues) {
                if ((found == null || !found[cue.id()]) && word.startsWith(cue.phrase())) {
                    if (stopAtFirst) {
                        return 1;
                    }
                    found = mark(found, cue);
                    n++;
                }
            }
        }
        return n;
    }

    private boolean[] mark(boolean[] found, Cue cue) {
        boolean[] f = found == null ? new boolean[size] : found;
        f[cue.id()] = true;
        return f;
    }

    private static boolean matchesAt(String text, int at, Cue cue) {
        String phrase = cue.phrase();
        if (!text.startsWith(phrase, at)) {
            return false;
        }
        int end = at + phrase.length();
        return cue.prefix() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
    }

    private static String firstWord(String phrase) {
        int i = 0;
        while (i < phrase.length() && CueText.isWordChar(phrase, i)) {
            i++;
        }
        return phrase.substring(0, i);
    }
}
