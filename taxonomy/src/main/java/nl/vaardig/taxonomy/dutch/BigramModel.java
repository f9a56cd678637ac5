package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dutch word bigrams with Witten-Bell smoothing; it prefers "veiligheids+ beheer" to "veiligheid beheer". */
final class BigramModel {

    static final String START = "<s>";
    static final String END = "</s>";
    /** The context "some compound first part", for first parts never seen before. */
    private static final String PART = "<part>";
    private static final int FREQUENT = 100;

    private final Map<String, Integer> unigrams = new HashMap<>();
    private final Map<String, Integer> bigrams = new HashMap<>();
    private final Map<String, Integer> followers = new HashMap<>();
    private final Map<String, Integer> contexts = new HashMap<>();
    private long total;

    void add(List<String> sentence) {
        String previous = START;
        for (int i = 0; i <= sentence.size(); i++) {
            String word = i < sentence.size() ? sentence.get(i) : END;
            unigrams.merge(word, 1, Integer::sum);
            contexts.merge(previous, 1, Integer::sum);
            if (bigrams.merge(previous + ' ' + word, 1, Integer::sum) == 1) {
                followers.merge(previous, 1, Integer::sum);
            }
            if (previous.endsWith(LabelTokens.JOIN)) {
                contexts.merge(PART, 1, Integer::sum);
                if (bigrams.merge(PART + ' ' + word, 1, Integer::sum) == 1) {
                    followers.merge(PART, 1, Integer::sum);
                }
            }
            total++;
            previous = word;
        }
    }

    /**
     * An unseen compound first part "x+" is scored as the word x, and as a context it behaves like first parts in
     * general; so a compound the corpus never had is not ruled out by its novelty alone.
     */
    double logProbability(String previous, String word) {
        if (word.endsWith(LabelTokens.JOIN) && !unigrams.containsKey(word)) {
            word = word.substring(0, word.length() - 1);
        }
        if (previous.endsWith(LabelTokens.JOIN) && !contexts.containsKey(previous)) {
            previous = PART;
        }
        double unigram = (unigrams.getOrDefault(word, 0) + 0.1) / (total + 0.1 * (unigrams.size() + 1));
        int context = contexts.getOrDefault(previous, 0);
        if (context == 0) {
            return Math.log(unigram);
        }
        int types = followers.getOrDefault(previous, 0);
        double lambda = (double) context / (context + types);
        return Math.log(lambda * bigrams.getOrDefault(previous + ' ' + word, 0) / context + (1 - lambda) * unigram);
    }

    /** Whether the Dutch text had this compound first part ("leveranciers+") in some compound. */
    boolean seenAsPart(String part) {
        return unigrams.containsKey(part);
    }

    /**
     * A frequent word never seen right after a compound first part ("van", "de", "en"): a first part cannot be glued
     * to it ("evacuatie+ van" is not a word).
     */
    boolean neverHead(String word) {
        return unigrams.getOrDefault(word, 0) >= FREQUENT && !bigrams.containsKey(PART + ' ' + word);
    }
}
