package nl.vaardig.taxonomy.dutch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether Dutch puts an English noun phrase's head first with a linking word ("road signalling standards" ↔ "normen
 * voor verkeerssignalisatie") or keeps it last in a compound or after its modifiers ("wound care" ↔ "wondzorg",
 * "electrical safety regulations" ↔ "elektrische veiligheidsvoorschriften"), learnt from the aligned label pairs: the
 * noun-phrase labels whole and the object of skill/competence labels (the words after the leading verb), counted
 * apart. The choice is a small naive-Bayes vote of three features: how many modifiers the head has (one modifier makes
 * a compound in ~9 of 10 aligned pairs, two or more put the head first far more often), the head word's own votes
 * relative to all heads, and whether the first modifier became a Dutch first part at least as often as the average
 * modifier ({@link CompoundRates#compoundsLikeANoun}: an adjective such as "electrical" does not, and Dutch then keeps
 * the head last). The linking word is the head's own most used one (seen twice), else the most used one for that many
 * modifiers; an article is never part of it. Used only where {@link HeadFrames} has no majority frame for the head.
 * Learnt per fold from the training labels only.
 */
final class HeadOrder {

    /** Modifier counts 1, 2 and 3 or more. */
    static final int BUCKETS = 3;
    /** Pseudo-counts that pull a head's own rate toward the overall rate (a head seen once says little). */
    private static final double HEAD_PRIOR = 4;
    private static final int MIN_LINK_EVIDENCE = 2;
    private static final int MAX_LINK_WORDS = 3;

    /** What an English noun phrase turns into in Dutch: the link words between the head and its modifiers. */
    record Choice(double probability, List<String> link) {
    }

    /** Per kind (0 = a noun-phrase label, 1 = a verb's object) and modifier count: phrases seen, head first. */
    private final int[][] total = new int[2][BUCKETS];
    private final int[][] headFirst = new int[2][BUCKETS];
    /** Words that make a link depend on the noun's gender or number ("voor de", "van het"): not used as a link. */
    private static final Set<String> ARTICLES = Set.of("de", "het", "een");
    /** Per kind and whether the first modifier compounds as often as the average modifier: phrases, head first. */
    private final int[][] byModifier = new int[2][2];
    private final int[][] byModifierFirst = new int[2][2];
    private final Map<String, int[]> byHead = new HashMap<>();
    private final Map<String, Map<String, Integer>> linksByHead = new HashMap<>();
    private final List<Map<String, Integer>> linksByModifiers =
            List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

    /**
     * One aligned label pair. English positions {@code from}..last are the noun phrase (its last word the head):
     * 0 for a noun-phrase label, 1 for a skill/competence label's object after its verb; {@code nounModifier}: its
     * first modifier compounds like a noun. Phrases with linking words, punctuation or a single word are not counted
     * (the translator uses the choice only for modifiers + head).
     */
    void learn(List<String> english, List<String> dutch, Alignment a, int from, Set<String> phraseWords,
               boolean nounModifier) {
        int head = english.size() - 1;
        int modifiers = head - from;
        if (modifiers < 1 || english.subList(from, english.size()).stream().anyMatch(phraseWords::contains)
                || !english.get(head).chars().allMatch(Character::isLetter)) {
            return;
        }
        int headFirstWord = dutch.size();
        int headLast = -1;
        int modifierFirst = dutch.size();
        for (int j = 0; j < dutch.size(); j++) {
            for (int i = from; i <= head; i++) {
                if (!a.linked(i, j)) {
                    continue;
                }
                if (i == head) {
                    headFirstWord = Math.min(headFirstWord, j);
                    headLast = Math.max(headLast, j);
                } else {
                    modifierFirst = Math.min(modifierFirst, j);
                }
            }
        }
        if (headLast < 0 || modifierFirst == dutch.size()) {
            return;
        }
        boolean first = headLast < modifierFirst && !dutch.get(headLast).endsWith(LabelTokens.JOIN);
        int bucket = Math.min(modifiers, BUCKETS) - 1;
        int kind = from > 0 ? 1 : 0;
        total[kind][bucket]++;
        int noun = nounModifier ? 1 : 0;
        byModifier[kind][noun]++;
        int[] h = byHead.computeIfAbsent(english.get(head), k -> new int[2]);
        h[0]++;
        if (!first) {
            return;
        }
        headFirst[kind][bucket]++;
        byModifierFirst[kind][noun]++;
        h[1]++;
        List<String> link = dutch.subList(headLast + 1, modifierFirst);
        if (!link.isEmpty() && link.size() <= MAX_LINK_WORDS
                && link.stream().allMatch(w -> w.chars().allMatch(Character::isLetter) && !ARTICLES.contains(w))) {
            String key = String.join(" ", link);
            linksByHead.computeIfAbsent(english.get(head), k -> new HashMap<>()).merge(key, 1, Integer::sum);
            linksByModifiers.get(bucket).merge(key, 1, Integer::sum);
        }
    }

    /**
     * The head-first construction for a head noun with this many modifiers, when the vote says Dutch more likely
     * puts it first (probability over 0.5) and a linking word is known; else empty (keep the phrase search).
     */
    Optional<Choice> headFirst(String head, int modifiers, boolean object, boolean nounModifier) {
        double p = probability(head, modifiers, object, nounModifier);
        if (p <= 0.5) {
            return Optional.empty();
        }
        Optional<String> link = top(linksByHead.get(head), MIN_LINK_EVIDENCE)
                .or(() -> top(linksByModifiers.get(bucket(modifiers)), 1));
        return link.map(l -> new Choice(p, List.of(l.split(" "))));
    }

    /**
     * P(head first | head, modifiers, label or object, first modifier noun-like): the rate of that kind and modifier
     * count, shifted by the head's smoothed rate against all heads and by the first modifier's kind within that kind.
     */
    double probability(String head, int modifiers, boolean object, boolean nounModifier) {
        if (modifiers < 1) {
            return 0;
        }
        int all = 0;
        int firstAll = 0;
        for (int k = 0; k < 2; k++) {
            for (int b = 0; b < BUCKETS; b++) {
                all += total[k][b];
                firstAll += headFirst[k][b];
            }
        }
        if (all == 0) {
            return 0;
        }
        double overall = (firstAll + 0.5) / (all + 1.0);
        int b = bucket(modifiers);
        int k = object ? 1 : 0;
        double rate = (headFirst[k][b] + overall) / (total[k][b] + 1.0);
        int[] h = byHead.getOrDefault(head, new int[2]);
        double headRate = (h[1] + HEAD_PRIOR * overall) / (h[0] + HEAD_PRIOR);
        int[] kindAll = byModifier[k];
        int[] kindFirst = byModifierFirst[k];
        double kindRate = (kindFirst[0] + kindFirst[1] + overall) / (kindAll[0] + kindAll[1] + 1.0);
        int n = nounModifier ? 1 : 0;
        double modifierRate = (kindFirst[n] + kindRate) / (kindAll[n] + 1.0);
        double logit = logit(rate) + logit(headRate) - logit(overall) + logit(modifierRate) - logit(kindRate);
        return 1 / (1 + Math.exp(-logit));
    }

    private static int bucket(int modifiers) {
        return Math.min(modifiers, BUCKETS) - 1;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    private static Optional<String> top(Map<String, Integer> counts, int minEvidence) {
        if (counts == null || counts.isEmpty()) {
            return Optional.empty();
        }
        var best = Tally.mostCounted(counts);
        return best.count() >= minEvidence ? Optional.of(best.form()) : Optional.empty();
    }
}
