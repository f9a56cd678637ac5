package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Dutch words of the ESCO concepts around a skill — the occupations that need it and its skill groups, their
 * Dutch labels and descriptions — as a lift per word: the share of the skill's neighbours whose Dutch text has the
 * word minus the share of all concepts that have it. A word frequent everywhere ("de", "beheren") lifts nothing; a
 * word the skill's own occupations use ("meel" for a flour-mill skill) lifts, which lets the translator choose the
 * sense of a word by its context. Built from occupations and skill groups only, never from skill labels, so a
 * held-out skill's official label cannot leak in.
 */
final class SkillContext {

    private static final int MIN_LETTERS = 3;

    private final Map<String, Set<String>> conceptWords = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final Map<String, List<String>> neighbours;

    /**
     * {@code dutchText}: concept URI → its Dutch text; {@code neighbours}: skill URI → concept URIs; {@code parts}
     * splits a Dutch word into compound parts the way the translator writes them ("meel+", "molenaar").
     */
    SkillContext(Map<String, String> dutchText, Map<String, List<String>> neighbours,
                 Function<String, List<String>> parts) {
        this.neighbours = neighbours;
        dutchText.forEach((uri, text) -> {
            var words = new HashSet<String>();
            for (String token : LabelTokens.tokens(text)) {
                add(token, words);
                for (String part : parts.apply(token)) {
                    add(part, words);
                }
            }
            conceptWords.put(uri, words);
            words.forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        });
    }

    static SkillContext none() {
        return new SkillContext(Map.of(), Map.of(), List::of);
    }

    /** Positive lifts of the Dutch words around this skill; empty when it has no neighbours with Dutch text. */
    Map<String, Double> lift(String skillUri) {
        var counts = new HashMap<String, Integer>();
        int n = 0;
        for (String concept : neighbours.getOrDefault(skillUri, List.of())) {
            Set<String> words = conceptWords.get(concept);
            if (words != null) {
                n++;
                words.forEach(w -> counts.merge(w, 1, Integer::sum));
            }
        }
        var out = new HashMap<String, Double>();
        int all = conceptWords.size();
        int neighbourCount = n;
        counts.forEach((w, c) -> {
            double lift = (double) c / neighbourCount - (double) documentFrequency.get(w) / all;
            if (lift > 0) {
                out.put(w, lift);
            }
        });
        return out;
    }

    /** A Dutch token as the translator writes it, without the compound mark: "meel+" → "meel". */
    static String key(String token) {
        String t = token.toLowerCase(java.util.Locale.ROOT);
        return t.endsWith(LabelTokens.JOIN) ? t.substring(0, t.length() - 1) : t;
    }

    private static void add(String token, Set<String> words) {
        String k = key(token);
        if (k.length() >= MIN_LETTERS && Character.isLetter(k.charAt(0))) {
            words.add(k);
        }
    }
}
