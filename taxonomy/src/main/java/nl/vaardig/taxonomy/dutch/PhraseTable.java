package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * English phrase → Dutch phrases with relative frequencies, extracted from aligned pairs: every English span of up to
 * {@value #MAX_ENGLISH} words whose links stay inside one Dutch span (plus at most one unaligned Dutch word on either
 * side) is a phrase pair.
 */
final class PhraseTable {

    static final int MAX_ENGLISH = 4;
    private static final int MAX_DUTCH = 7;

    /** {@code probability} = p(Dutch | English); {@code inverse} = p(English | Dutch). */
    record Option(List<String> dutch, double probability, double inverse, double count) {
    }

    private final Map<String, Map<String, Double>> counts = new HashMap<>();
    private Map<String, List<Option>> options = Map.of();

    void extract(List<String> english, List<String> dutch, Alignment a, double weight) {
        int n = english.size();
        int m = dutch.size();
        for (int i1 = 0; i1 < n; i1++) {
            for (int i2 = i1; i2 < n && i2 - i1 < MAX_ENGLISH; i2++) {
                int j1 = m;
                int j2 = -1;
                for (int i = i1; i <= i2; i++) {
                    for (int j = 0; j < m; j++) {
                        if (a.linked(i, j)) {
                            j1 = Math.min(j1, j);
                            j2 = Math.max(j2, j);
                        }
                    }
                }
                if (j2 < 0 || j2 - j1 >= MAX_DUTCH || !consistent(a, i1, i2, j1, j2)) {
                    continue;
                }
                add(english.subList(i1, i2 + 1), dutch.subList(j1, j2 + 1), weight);
                if (j1 > 0 && !a.dutchAligned(j1 - 1) && j2 - j1 + 1 < MAX_DUTCH) {
                    add(english.subList(i1, i2 + 1), dutch.subList(j1 - 1, j2 + 1), weight / 2);
                }
                if (j2 < m - 1 && !a.dutchAligned(j2 + 1) && j2 - j1 + 1 < MAX_DUTCH) {
                    add(english.subList(i1, i2 + 1), dutch.subList(j1, j2 + 2), weight / 2);
                }
            }
        }
    }

    private static boolean consistent(Alignment a, int i1, int i2, int j1, int j2) {
        for (int j = j1; j <= j2; j++) {
            for (int i = 0; i < a.englishLength(); i++) {
                if ((i < i1 || i > i2) && a.linked(i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    void add(List<String> english, List<String> dutch, double weight) {
        counts.computeIfAbsent(String.join(" ", english), k -> new HashMap<>())
                .merge(String.join(" ", dutch), weight, Double::sum);
    }

    /** Turns counts into the top {@code keep} options per English phrase, most probable first. */
    void finish(int keep) {
        var out = new HashMap<String, List<Option>>(counts.size() * 2);
        var dutchTotals = new HashMap<String, Double>();
        counts.values().forEach(translations -> translations.forEach((dutch, c) -> dutchTotals.merge(dutch, c, Double::sum)));
        counts.forEach((english, translations) -> {
            double total = translations.values().stream().mapToDouble(Double::doubleValue).sum();
            var list = new ArrayList<Option>();
            translations.forEach((dutch, c) -> list.add(
                    new Option(List.of(dutch.split(" ")), c / total, c / dutchTotals.get(dutch), c)));
            list.sort(Comparator.comparingDouble(Option::count).reversed());
            out.put(english, List.copyOf(list.subList(0, Math.min(keep, list.size()))));
        });
        options = out;
        counts.clear();
    }

    List<Option> options(List<String> english) {
        return options.getOrDefault(String.join(" ", english), List.of());
    }

    /** Every one-word English phrase with its one-word Dutch options (for learning spelling rules). */
    void forEachWordPair(java.util.function.BiConsumer<String, String> pair) {
        options.forEach((english, list) -> {
            if (english.indexOf(' ') < 0) {
                list.stream().filter(o -> o.dutch().size() == 1 && o.count() >= 1)
                        .forEach(o -> pair.accept(english, o.dutch().get(0)));
            }
        });
    }

    int size() {
        return options.size();
    }
}
