package nl.vaardig.taxonomy.title;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private static final int MIN_MODIFIER = 3;
    private static final double WHOLE_LABEL = 1.0;
    private static final double IN_MULTI_WORD_LABEL = 0.6;
    private static final double COMPOUND_TAIL = 0.5;

    /** One Dutch label of an occupation (by ordinal), with its weight in (0, 1]. */
    record Label(int occupation, String text, double weight) {
    }

    /** The head found in a title: the head noun and the rest of the title (what modifies it). */
    record Found(String head, String modifier) {
    }

    private final Map<String, Map<Integer, Double>> occupationsByHead;

    private HeadNouns(Map<String, Map<Integer, Double>> occupationsByHead) {
        this.occupationsByHead = occupationsByHead;
    }

    static HeadNouns learn(List<Label> labels, DutchDecompounder decompounder) {
        var byHead = new HashMap<String, Map<Integer, Double>>();
        // pass 1: one-word labels name a head, and so does the last part of a one-word compound label
        for (Label l : labels) {
            String folded = TextFolding.foldWords(l.text());
            if (folded.isEmpty() || folded.indexOf(' ') >= 0) {
                continue;
            }
            add(byHead, folded, l.occupation(), WHOLE_LABEL * l.weight());
            List<String> leaves = decompounder.leaves(folded);
            if (leaves.size() >= 2) {
                add(byHead, leaves.getLast(), l.occupation(), COMPOUND_TAIL * l.weight());
            }
        }
        // pass 2: a multi-word label whose last (else first) word ends in a known head also names that head
        var pass2 = new HashMap<String, Map<Integer, Double>>();
        var known = new HeadNouns(byHead);
        for (Label l : labels) {
            String folded = TextFolding.foldWords(l.text());
            if (folded.indexOf(' ') < 0) {
                continue;
            }
            Found f = known.find(folded);
            if (f != null) {
                add(pass2, f.head(), l.occupation(), IN_MULTI_WORD_LABEL * l.weight());
            }
        }
        pass2.forEach((head, occ) -> occ.forEach((o, s) -> add(byHead, head, o, s)));
        byHead.replaceAll((h, m) -> Collections.unmodifiableMap(m));
        return new HeadNouns(Collections.unmodifiableMap(byHead));
    }

    private static void add(Map<String, Map<Integer, Double>> byHead, String head, int occupation, double strength) {
        if (head.length() >= MIN_HEAD && isLetters(head)) {
            byHead.computeIfAbsent(head, k -> new HashMap<>()).merge(occupation, strength, Math::max);
        }
    }

    boolean isHead(String foldedWord) {
        return occupationsByHead.containsKey(foldedWord);
    }

    int size() {
        return occupationsByHead.size();
    }

    /** Occupation ordinal → how directly the head names it (0, 1]. */
    Map<Integer, Double> occupations(String head) {
        return occupationsByHead.getOrDefault(head, Map.of());
    }

    /** The head of a folded title, or null when no word of it ends in a known head. */
    Found find(String foldedTitle) {
        String[] words = foldedTitle.split(" ");
        for (int i = words.length - 1; i >= 0; i--) {
            String head = headOf(words[i]);
            if (head != null && (i == words.length - 1 || i == 0)) {
                return new Found(head, modifier(words, i, head));
            }
        }
        return null;
    }

    /** The word itself when it is a head, else its longest known ending that leaves a modifier of 3+ letters. */
    String headOf(String word) {
        if (isHead(word)) {
            return word;
        }
        for (int start = MIN_MODIFIER; start <= word.length() - MIN_HEAD; start++) {
            String tail = word.substring(start);
            if (isHead(tail)) {
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
