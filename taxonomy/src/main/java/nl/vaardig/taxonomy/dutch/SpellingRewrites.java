package nl.vaardig.taxonomy.dutch;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Letter rewrites inside a word that English and Dutch spell differently ("paediatric" → "pediatrisch": ae → e;
 * "rheumatic" → "reumatisch": rh → r; "crystalline" → "kristallijn": c → k, y → i). Learnt from one-word phrase pairs
 * that are cognates (an edit distance of at most a third of the longer word): the letters the two words differ in,
 * between letters they share, become a rewrite; an inserted or deleted letter keeps a letter beside it ("rh" → "r",
 * "ae" → "e").
 * The word's ending is {@link Cognates}' job; a rewrite touching the last letter is not learnt. The variants are meant
 * to be checked by a Dutch speller, which keeps only a word Dutch has.
 */
final class SpellingRewrites {

    static final int MIN_EVIDENCE = 3;
    /** The most frequent Dutch letters for an English chunk must have at least this share of its cognate pairs. */
    static final double MIN_SHARE = 0.5;
    private static final int MAX_CHUNK = 3;
    /** A rewrite of one bare letter ("i" → "e") turns short English words into unrelated Dutch ones: two at least. */
    private static final int MIN_CHUNK = 2;
    private static final int MAX_REWRITES = 2;
    private static final int MIN_LENGTH = 5;

    private final Map<String, Map<String, Integer>> rules = new HashMap<>();
    private Map<String, List<String>> reliable;

    void learn(String english, String dutch) {
        if (english.length() < MIN_LENGTH || dutch.length() < MIN_LENGTH || english.equals(dutch)
                || !letters(english) || !letters(dutch)
                || english.charAt(0) != dutch.charAt(0) && !close(english, dutch)) {
            return;
        }
        int[][] d = distances(english, dutch);
        int n = english.length();
        int m = dutch.length();
        if (3 * d[n][m] > Math.max(n, m)) {
            return;
        }
        // walk the cheapest path back, collecting runs of differing letters between shared ones
        int i = n;
        int j = m;
        int endI = -1;
        int endJ = -1;
        while (i > 0 || j > 0) {
            boolean match = i > 0 && j > 0 && english.charAt(i - 1) == dutch.charAt(j - 1)
                    && d[i][j] == d[i - 1][j - 1];
            if (match) {
                if (endI >= 0) {
                    record(english, dutch, i, endI, j, endJ, n);
                    endI = -1;
                }
                i--;
                j--;
                continue;
            }
            if (endI < 0) {
                endI = i;
                endJ = j;
            }
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        if (endI >= 0) {
            record(english, dutch, 0, endI, 0, endJ, n);
        }
        reliable = null;
    }

    private void record(String english, String dutch, int fromI, int toI, int fromJ, int toJ, int n) {
        if (toI >= n) {
            return; // the ending is Cognates' job
        }
        String from = english.substring(fromI, toI);
        String to = dutch.substring(fromJ, toJ);
        if (!from.isEmpty() && !to.isEmpty()) {
            count(from, to);
            if (from.length() == 1) {
                // a bare letter is too short a rule; with a letter beside it, it is one ("cl" → "kl", "oc" → "ok")
                if (fromI > 0 && fromJ > 0) {
                    count(english.charAt(fromI - 1) + from, dutch.charAt(fromJ - 1) + to);
                }
                count(from + english.charAt(toI), to + dutch.charAt(toJ));
            }
            return;
        }
        // an inserted or deleted letter keeps a letter beside it, before ("rh" → "r") and after ("ae" → "e")
        if (fromI > 0 && fromJ > 0) {
            count(english.charAt(fromI - 1) + from, dutch.charAt(fromJ - 1) + to);
        }
        count(from + english.charAt(toI), to + dutch.charAt(toJ));
    }

    private void count(String from, String to) {
        if (from.length() <= MAX_CHUNK && to.length() <= MAX_CHUNK) {
            rules.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1, Integer::sum);
        }
    }

    /**
     * The word with one or two learnt rewrites, fewer rewrites first: a chunk of {@value #MIN_CHUNK} or more letters
     * whose most frequent Dutch spelling was seen {@value #MIN_EVIDENCE} times and in at least half of its pairs. The
     * word itself is not included.
     */
    List<String> variants(String word) {
        var out = new LinkedHashSet<String>();
        List<String> once = once(word, 0);
        out.addAll(once);
        if (MAX_REWRITES > 1) {
            for (String first : once) {
                out.addAll(once(first, 0));
            }
        }
        out.remove(word);
        return new ArrayList<>(out);
    }

    int size() {
        return reliable().size();
    }

    private List<String> once(String word, int from) {
        var out = new ArrayList<String>();
        for (int at = from; at < word.length(); at++) {
            for (int len = Math.min(MAX_CHUNK, word.length() - at); len >= 1; len--) {
                List<String> targets = reliable().get(word.substring(at, at + len));
                if (targets == null) {
                    continue;
                }
                for (String to : targets) {
                    out.add(word.substring(0, at) + to + word.substring(at + len));
                }
            }
        }
        return out;
    }

    private Map<String, List<String>> reliable() {
        if (reliable == null) {
            var r = new HashMap<String, List<String>>();
            rules.forEach((from, seen) -> {
                var top = Tally.mostCounted(seen, Comparator.reverseOrder());
                if (from.length() >= MIN_CHUNK && top.count() >= MIN_EVIDENCE
                        && top.count() >= MIN_SHARE * top.total()) {
                    r.put(from, List.of(top.form()));
                }
            });
            reliable = r;
        }
        return reliable;
    }

    private static boolean close(String english, String dutch) {
        return Character.toLowerCase(english.charAt(0)) == 'c' && dutch.charAt(0) == 'k';
    }

    private static int[][] distances(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + same, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d;
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
