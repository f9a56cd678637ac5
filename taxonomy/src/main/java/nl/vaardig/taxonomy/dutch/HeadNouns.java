package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which Dutch word the label pairs use for an English head noun, voted over the labels that share that head: for
 * every aligned label pair, the English label's last word (the head of a noun label, the object's head of a
 * skill/competence label) → the last Dutch word aligned to it ("supplier management" ↔ "leveranciers+ beheer" counts
 * management → "beheer"). The phrase table's p(Dutch | English) pools every position and every sentence pair of the
 * training data; this vote counts only the head position of labels, where the sibling skills' official labels settle
 * on one Dutch noun among the phrase table's synonyms. Learnt only from the label pairs the translator is trained on
 * (a held-out fold's labels are left out before {@link LabelTranslator#train} sees them).
 */
final class HeadNouns {

    static final int MIN_EVIDENCE = 3;

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Integer> totals = new HashMap<>();

    /** One label pair (English and Dutch tokens, compounds split) with its word alignment. */
    void learn(List<String> english, List<String> dutch, Alignment a) {
        if (english.isEmpty() || dutch.isEmpty()) {
            return;
        }
        int head = english.size() - 1;
        String word = english.get(head);
        if (!word.chars().allMatch(Character::isLetter)) {
            return;
        }
        int last = -1;
        for (int j = 0; j < dutch.size(); j++) {
            if (a.linked(head, j)) {
                last = j;
            }
        }
        if (last < 0 || dutch.get(last).endsWith(LabelTokens.JOIN)) {
            return;
        }
        counts.computeIfAbsent(word, k -> new HashMap<>()).merge(dutch.get(last).toLowerCase(Locale.ROOT), 1,
                Integer::sum);
        totals.merge(word, 1, Integer::sum);
    }

    /**
     * The share of the labels ending in this English head whose Dutch head is {@code dutchWord}; 0 when the head was
     * seen fewer than {@value #MIN_EVIDENCE} times (too few siblings to vote).
     */
    double share(String englishHead, String dutchWord) {
        int total = totals.getOrDefault(englishHead, 0);
        if (total < MIN_EVIDENCE) {
            return 0;
        }
        return (double) counts.get(englishHead).getOrDefault(dutchWord.toLowerCase(Locale.ROOT), 0) / total;
    }

    int size() {
        return counts.size();
    }
}
