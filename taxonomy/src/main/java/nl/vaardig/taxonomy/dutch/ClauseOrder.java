package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where Dutch puts a prepositional phrase of a verb-last skill label, learnt per English preposition from the aligned
 * official pairs: "repackage medical equipment after sterilisation" ↔ "medisch materiaal opnieuw verpakken na
 * sterilisatie" puts the "after" phrase behind the verb, "implement policy in healthcare" ↔ "beleid in de zorg
 * implementeren" keeps the "in" phrase before it. Only pairs whose Dutch verb follows its object count; a preposition
 * whose phrase follows the verb in most of at least {@value #MIN_EVIDENCE} of them is moved behind the verb.
 */
final class ClauseOrder {

    /** English prepositions that open a phrase (grammar, not vocabulary); the counts decide what each one does. */
    static final Set<String> PREPOSITIONS = Set.of("in", "on", "for", "with", "to", "from", "by", "during", "after",
            "before", "into", "at", "against", "through", "across", "within", "under", "without", "according",
            "regarding", "including", "using", "around", "between", "over", "throughout", "via", "towards", "about");
    private static final int MIN_EVIDENCE = 3;

    /** preposition → {phrase after the verb, all}. */
    private final Map<String, int[]> counts = new HashMap<>();

    /** Learns from a competence label pair whose first English word is the verb. */
    void learn(List<String> english, List<String> dutch, Alignment a) {
        int p = firstPreposition(english, 2);
        if (p < 0) {
            return;
        }
        int verbLast = lastLinked(a, 0, 1, dutch.size());
        int objectLast = lastLinked(a, 1, p, dutch.size());
        int phraseFirst = firstLinked(a, p, english.size(), dutch.size());
        if (verbLast < 0 || objectLast < 0 || phraseFirst < 0 || verbLast < objectLast) {
            return; // no alignment, or a verb-first label ("zorgen voor X"): says nothing about verb-last order
        }
        int[] c = counts.computeIfAbsent(english.get(p), k -> new int[2]);
        c[0] += phraseFirst > verbLast ? 1 : 0;
        c[1]++;
    }

    /**
     * The position of the first preposition at or after {@code from} whose phrase Dutch puts behind the verb, with a
     * word before it and at least one after it; -1 when there is none.
     */
    int extraposed(List<String> english, int from) {
        int p = firstPreposition(english, from);
        if (p < 0) {
            return -1;
        }
        int[] c = counts.get(english.get(p));
        return c != null && c[1] >= MIN_EVIDENCE && 2 * c[0] > c[1] ? p : -1;
    }

    private static int firstPreposition(List<String> english, int from) {
        for (int i = Math.max(1, from); i < english.size() - 1; i++) {
            if (PREPOSITIONS.contains(english.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastLinked(Alignment a, int from, int to, int dutchLength) {
        int last = -1;
        for (int i = from; i < to; i++) {
            for (int j = 0; j < dutchLength; j++) {
                if (a.linked(i, j)) {
                    last = Math.max(last, j);
                }
            }
        }
        return last;
    }

    private static int firstLinked(Alignment a, int from, int to, int dutchLength) {
        int first = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            for (int j = 0; j < dutchLength; j++) {
                if (a.linked(i, j)) {
                    first = Math.min(first, j);
                }
            }
        }
        return first == Integer.MAX_VALUE ? -1 : first;
    }
}
