package nl.vaardig.matching.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/** Validation shared by the records that hold skill lists: not empty where required, bounded, one entry per skill. */
final class SkillLists {

    /** More skills than this is no longer a profile or a vacancy but a data error. */
    static final int MAX_SKILLS = 512;

    private SkillLists() {
    }

    /** Keeps the first position of each key, merging duplicates with {@code merge}; rejects nulls and oversize lists. */
    static <T, K> List<T> distinct(Collection<T> items, Function<T, K> key, BinaryOperator<T> merge, String what) {
        if (items == null) {
            return List.of();
        }
        var byKey = new LinkedHashMap<K, T>();
        for (T item : items) {
            if (item == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
            byKey.merge(key.apply(item), item, merge);
        }
        if (byKey.size() > MAX_SKILLS) {
            throw new IllegalArgumentException(what + " holds " + byKey.size() + " skills, at most " + MAX_SKILLS);
        }
        return List.copyOf(new ArrayList<>(byKey.values()));
    }
}
