package nl.vaardig.taxonomy.title;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.taxonomy.analysis.DutchDecompounder;
import nl.vaardig.taxonomy.analysis.TextFolding;

/**
 * The occupation head nouns of Dutch, learned from the Dutch occupation labels and national titles themselves:
 * a word that is a whole one-word label ("timmerman", "verpleegkundige") or the last part of a one-word compound
 * label ("vrachtwagen|chauffeur", "heftruck|monteur") is a head. Each head keeps the occupations it names, with how
 * directly: a label that is the head alone counts most, a compound or a multi-word label with the head less.
 *
 * <p>A title finds its head from its last word backwards, first as a whole word, then as the longest known ending
 * of a compound ("wijkverpleegkundige" → verpleegkundige, even when "wijk" is in no dictionary), and finally the
 * first word (head-first frames: "arbeider bouw", "verantwoordelijke logistiek", "docent wiskunde").
 */
final class HeadNouns {

    static final int MIN_HEAD = 4;
    /** A whole one-word label of three letters is a head too ("kok" in "scheepskok"), a compound's last part is not. */
    private static final int MIN_WHOLE_LABEL_HEAD = 3;
    private static final int MIN_MODIFIER = 3;
    private static final double WHOLE_LABEL = 1.0;
    private static final double IN_MULTI_WORD_LABEL = 0.6;
    private static final double COMPOUND_TAIL = 0.5;

    /** One Dutch label of an occupation (by ordinal), with its weight in (0, 1]; national: a Dutch NOC title. */
    record Label(int occupation, String text, double weight, boolean national) {
    }

    /** The head found in a title: the head noun and the rest of the title (what modifies it). */
    record Found(String head, String modifier) {
    }

    private final Map<String, Map<Integer, Double>> occupationsByHead;
    /**
     * Per head, the occupations that only one national title names through it, with that title (folded): left out
     * when that title is (training with a title left out of the index).
     */
    private final Map<String, Map<Integer, String>> soleNationalTitle;

    private HeadNouns(Map<String, Map<Integer, Double>> occupationsByHead, Map<String, Map<Integer, String>> soleNationalTitle) {
        this.occupationsByHead = occupationsByHead;
        this.soleNationalTitle = soleNationalTitle;
    }

    static HeadNouns learn(List<Label> labels, DutchDecompounder decompounder) {
        var byHead = new HashMap<String, Map<Integer, Double>>();
        // per head and occupation: the national titles that name it, "" for any other label
        var support = new HashMap<String, Map<Integer, Set<String>>>();
        // pass 1: one-word labels name a head, and so does the last part of a one-word compound label
        for (Label l : labels) {
            String folded = TextFolding.foldWords(l.text());
            if (folded.isEmpty() || folded.indexOf(' ') >= 0) {
                continue;
            }
            add(byHead, support, folded, l, folded, WHOLE_LABEL);
            List<String> leaves = decompounder.leaves(folded);
            if (leaves.size() >= 2) {
                add(byHead, support, leaves.getLast(), l, folded, COMPOUND_TAIL);
            }
        }
        // pass 2: a multi-word label whose last (else first) word ends in a known head also names that head
        var pass2 = new HashMap<String, Map<Integer, Double>>();
        var known = new HeadNouns(byHead, Map.of());
        for (Label l : labels) {
            String folded = TextFolding.foldWords(l.text());
            if (folded.indexOf(' ') < 0) {
                continue;
            }
            Found f = known.find(folded);
            if (f != null) {
                add(pass2, support, f.head(), l, folded, IN_MULTI_WORD_LABEL);
            }
        }
        pass2.forEach((head, occ) -> occ.forEach((o, s) -> byHead.get(head).merge(o, s, Math::max)));
        byHead.replaceAll((h, m) -> Collections.unmodifiableMap(m));
        var sole = new HashMap<String, Map<Integer, String>>();
        support.forEach((head, byOccupation) -> byOccupation.forEach((o, titles) -> {
            if (titles.size() == 1 && !titles.contains("")) {
                sole.computeIfAbsent(head, k -> new HashMap<>()).put(o, titles.iterator().next());
            }
        }));
        return new HeadNouns(Collections.unmodifiableMap(byHead), Collections.unmodifiableMap(sole));
    }

    private static void add(Map<String, Map<Integer, Double>> byHead, Map<String, Map<Integer, Set<String>>> support,
                            String head, Label label, String folded, double strength) {
        int minimum = strength == WHOLE_LABEL ? MIN_WHOLE_LABEL_HEAD : MIN_HEAD;
        if (head.length() >= minimum && isLetters(head)) {
            byHead.computeIfAbsent(head, k -> new HashMap<>())
                    .merge(label.occupation(), strength * label.weight(), Math::max);
            support.computeIfAbsent(head, k -> new HashMap<>())
                    .computeIfAbsent(label.occupation(), k -> new HashSet<>()).add(label.national() ? folded : "");
        }
    }

    boolean isHead(String foldedWord) {
        return occupationsByHead.containsKey(foldedWord);
    }

    private boolean isHead(String foldedWord, String leftOut) {
        return !occupations(foldedWord, leftOut).isEmpty();
    }

    int size() {
        return occupationsByHead.size();
    }

    /** Occupation ordinal → how directly the head names it (0, 1]. */
    Map<Integer, Double> occupations(String head) {
        return occupationsByHead.getOrDefault(head, Map.of());
    }

    /** The same as if the national title {@code leftOut} (folded; null: none) were not among the labels. */
    Map<Integer, Double> occupations(String head, String leftOut) {
        Map<Integer, Double> all = occupations(head);
        Map<Integer, String> sole = soleNationalTitle.getOrDefault(head, Map.of());
        if (leftOut == null || !sole.containsValue(leftOut)) {
            return all;
        }
        var out = new HashMap<>(all);
        sole.forEach((o, title) -> {
            if (title.equals(leftOut)) {
                out.remove(o);
            }
        });
        return out;
    }

    /** The head of a folded title, or null when no word of it ends in a known head. */
    Found find(String foldedTitle) {
        return find(foldedTitle, null);
    }

    /** The head of a folded title as if the national title {@code leftOut} (folded; null: none) were not a label. */
    Found find(String foldedTitle, String leftOut) {
        String[] words = foldedTitle.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String head = headOf(words[i], leftOut);
            if (head != null && (i == words.length - 1 || i == 0)) {
                return new Found(head, modifier(words, i, head));
            }
        }
        return null;
    }

    String headOf(String word) {
        return headOf(word, null);
    }

    /** The word itself when it is a head, else its longest known ending that leaves a modifier of 3+ letters. */
    private String headOf(String word, String leftOut) {
        if (isHead(word, leftOut)) {
            return word;
        }
        for (int start = MIN_MODIFIER; start <= word.length() - MIN_WHOLE_LABEL_HEAD; start++) {
            String tail = word.substring(start);
            if (isHead(tail, leftOut)) {
                return tail;
            }
        }
        return null;
    }

    private static String modifier(String[] words, int headIndex, String head) {
        var sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String part = i == headIndex ? words[i].substring(0, words[i].length() - head.length()) : words[i];
            if (!part.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(part);
            }
        }
        return sb.toString();
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
