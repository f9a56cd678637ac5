package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often an English word that modifies the next word ("safety" in "safety management") became the first part of
 * a Dutch compound ("veiligheids+ beheer") in the aligned label pairs; smoothed towards the rate over all words, so
 * a rare word borrows the general habit of Dutch to compound noun + noun.
 */
final class CompoundRates {

    private static final double PRIOR_WEIGHT = 2;

    private final Map<String, int[]> counts = new HashMap<>();
    private int compounded;
    private int seen;

    void learn(List<String> english, List<String> dutch, Alignment a) {
        for (int i = 0; i + 1 < english.size(); i++) {
            boolean aligned = false;
            boolean allParts = true;
            for (int j = 0; j < dutch.size(); j++) {
                if (a.linked(i, j)) {
                    aligned = true;
                    allParts &= dutch.get(j).endsWith(LabelTokens.JOIN);
                }
            }
            if (!aligned || !Character.isLetter(english.get(i + 1).charAt(0))) {
                continue;
            }
            int[] c = counts.computeIfAbsent(english.get(i), k -> new int[2]);
            c[1]++;
            seen++;
            if (allParts) {
                c[0]++;
                compounded++;
            }
        }
    }

    /** The share of compound uses over all modifiers. */
    double overall() {
        return (compounded + 1.0) / (seen + 2.0);
    }

    /**
     * Whether this English word became a Dutch first part at least as often as the average modifier: a noun-like
     * modifier ("road" → "weg+"), not an adjective ("electrical" → "elektrische").
     */
    boolean compoundsLikeANoun(String englishWord) {
        return rate(englishWord) >= overall();
    }

    /** Smoothed share of compound uses of this English word, in (0,1). */
    double rate(String englishWord) {
        double prior = (compounded + 1.0) / (seen + 2.0);
        int[] c = counts.getOrDefault(englishWord, new int[2]);
        double rate = (c[0] + PRIOR_WEIGHT * prior) / (c[1] + PRIOR_WEIGHT);
        return Math.min(0.99, Math.max(0.01, rate));
    }
}
