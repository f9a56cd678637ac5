package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Dutch infinitive a skill/competence label ends with, per leading English verb, counted over whole label pairs
 * without word alignment: "detect anomalies" ↔ "afwijkingen opsporen" counts detect → "opsporen". Reading the last
 * Dutch word whole keeps a separable verb's particle ("op|sporen", "uit|voeren") that the compound splitter and the
 * alignment cut off, and the counts say which of the verb's Dutch synonyms the official labels actually use. Keys are
 * the first English word and the first two ("carry out" → "uitvoeren"); the two-word key wins when it has the
 * evidence. Learnt only from the label pairs the translator is trained on ({@link TrainingSet#train} leaves a held-out
 * fold's labels out), so a held-out label never chooses its own verb. The verb-last route uses it for a verb without a
 * template; every verb route reports its verb's {@link #support} to the confidence model.
 */
final class VerbTable {

    /** The most used Dutch verb for a key: how often, and its share of the key's verb-final labels. */
    record Choice(String dutch, int count, double share) {
    }

    static final int MIN_EVIDENCE = 2;
    private static final int MIN_LETTERS = 3;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** Counts one label pair of a skill/competence concept, when its Dutch ends like an infinitive. */
    void learn(String english, String dutch) {
        List<String> e = LabelTokens.words(english);
        List<String> d = LabelTokens.words(dutch);
        if (e.size() < 2 || d.size() < 2 || !infinitive(d.getLast())) {
            return;
        }
        counts.computeIfAbsent(e.getFirst(), k -> new HashMap<>()).merge(d.getLast(), 1, Integer::sum);
        counts.computeIfAbsent(e.get(0) + " " + e.get(1), k -> new HashMap<>()).merge(d.getLast(), 1, Integer::sum);
    }

    /** The Dutch verb for an English label's leading words (two-word key first), if seen {@value #MIN_EVIDENCE}+ times. */
    Optional<Choice> best(List<String> englishTokens) {
        if (englishTokens.size() < 2) {
            return Optional.empty();
        }
        Optional<Choice> two = best(englishTokens.get(0) + " " + englishTokens.get(1));
        return two.isPresent() ? two : best(englishTokens.getFirst());
    }

    /**
     * The share of the official labels with these leading English words (the key {@link #best(List)} would use) that
     * end with this Dutch verb: how conventional the generated verb is. 0 for a key never seen.
     */
    double support(List<String> englishTokens, String dutchVerb) {
        if (englishTokens.size() < 2) {
            return 0;
        }
        String two = englishTokens.get(0) + " " + englishTokens.get(1);
        Map<String, Integer> seen = best(two).isPresent() ? counts.get(two) : counts.get(englishTokens.getFirst());
        if (seen == null) {
            return 0;
        }
        int total = seen.values().stream().mapToInt(Integer::intValue).sum();
        return (double) seen.getOrDefault(dutchVerb.toLowerCase(java.util.Locale.ROOT), 0) / total;
    }

    private Optional<Choice> best(String key) {
        Map<String, Integer> seen = counts.get(key);
        if (seen == null) {
            return Optional.empty();
        }
        var top = Tally.mostCounted(seen);
        return top.count() < MIN_EVIDENCE ? Optional.empty()
                : Optional.of(new Choice(top.form(), top.count(), top.share()));
    }

    static boolean infinitive(String word) {
        return word.length() >= MIN_LETTERS && word.endsWith("n") && word.chars().allMatch(Character::isLetter);
    }

    int size() {
        return counts.size();
    }
}
