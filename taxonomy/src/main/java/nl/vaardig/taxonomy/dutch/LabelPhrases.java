package nl.vaardig.taxonomy.dutch;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Noun labels the translator was trained on, remembered whole for reuse inside longer labels: the English label of a
 * knowledge skill, an occupation or a skill group ("supplier relationships", "food safety") → the Dutch label its pair
 * gives, so a label that contains it ("manage supplier relationships", "principles of food safety") copies the
 * established Dutch term instead of composing it word by word. Only labels of at least {@value #MIN_WORDS} words (a
 * single word is the phrase table's job) whose most frequent Dutch form has at least half of their pairs; inside a
 * label it gives way to a Dutch form the phrase table saw more often ({@link Entry#outvotedBy}). Learnt only from the
 * label pairs given to {@link LabelTranslator#train}, so a held-out fold's labels are never in it.
 */
final class LabelPhrases {

    static final int MIN_WORDS = 2;
    private static final double MIN_SHARE = 0.5;

    /** The Dutch tokens (compounds split, as the phrase table writes them) and how many pairs gave them. */
    record Entry(List<String> dutch, int count, double share) {
        Entry {
            dutch = List.copyOf(dutch);
            if (dutch.isEmpty() || count < 1 || share <= 0 || share > 1) {
                throw new IllegalArgumentException("bad label phrase " + dutch + " " + count + " " + share);
            }
        }

        /**
         * True when the phrase table saw another Dutch form of the same English words more often than this label's
         * pairs ("control systems": "regelsystemen" as a label once, "controle+ systemen" inside many labels): a
         * term is established only when nothing else is.
         */
        boolean outvotedBy(List<PhraseTable.Option> options) {
            for (PhraseTable.Option o : options) {
                if (!o.dutch().equals(dutch) && o.count() > count) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private int longest;

    /** One noun label pair, English and Dutch tokens as the translator tokenises them. */
    void learn(List<String> english, List<String> dutch) {
        if (english.size() < MIN_WORDS || dutch.isEmpty()) {
            return;
        }
        counts.computeIfAbsent(String.join(" ", english), k -> new HashMap<>())
                .merge(String.join(" ", dutch), 1, Integer::sum);
    }

    /** Keeps each English label's most frequent Dutch form (ties: alphabetical) when it has enough of the pairs. */
    LabelPhrases finish() {
        counts.forEach((english, forms) -> {
            var best = Tally.mostCounted(forms, Comparator.reverseOrder());
            if (best.share() >= MIN_SHARE) {
                entries.put(english, new Entry(List.of(best.form().split(" ")), best.count(), best.share()));
                longest = Math.max(longest, english.split(" ").length);
            }
        });
        counts.clear();
        return this;
    }

    Optional<Entry> of(List<String> english) {
        if (english.size() < MIN_WORDS || english.size() > longest) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.get(String.join(" ", english)));
    }

    /** The most English words of a remembered label (0 when none). */
    int longest() {
        return longest;
    }

    int size() {
        return entries.size();
    }
}
