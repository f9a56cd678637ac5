package nl.vaardig.taxonomy.extract.retrieval;

import java.util.Map;
import java.util.Set;

/**
 * Parts of skill documents left out of an index so that they can serve as unseen queries when the re-ranker is
 * trained (a query must not find itself verbatim in the index).
 *
 * @param labels       per skill ordinal, label texts to leave out
 * @param descriptions skill ordinals whose descriptions are left out
 */
public record HeldOut(Map<Integer, Set<String>> labels, Set<Integer> descriptions) {

    public static final HeldOut NOTHING = new HeldOut(Map.of(), Set.of());

    public HeldOut {
        labels = Map.copyOf(labels);
        descriptions = Set.copyOf(descriptions);
    }

    boolean keepsLabel(int skill, String text) {
        Set<String> out = labels.get(skill);
        return out == null || !out.contains(text);
    }

    boolean keepsDescription(int skill) {
        return !descriptions.contains(skill);
    }
}
