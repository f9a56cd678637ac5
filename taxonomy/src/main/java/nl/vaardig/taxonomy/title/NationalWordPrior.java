package nl.vaardig.taxonomy.title;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import nl.vaardig.taxonomy.analysis.LabelKeys;
import nl.vaardig.taxonomy.analysis.TextFolding;

/**
 * How the crosswalk maps the national titles that share a word with the title, wherever the word stands: of the
 * indexed national titles with a stemmed compound part of the title ("engels" in "Docent Engels (1e graads)",
 * "voedingsmiddelen" in "Paneloperator voedingsmiddelenindustrie"), the share mapped to each occupation and to each
 * ISCO unit group, averaged over the title's parts weighted by their rarity. It reaches national titles the label
 * search does not retrieve, and it carries the crosswalk's habits ("… Engels …" → language teachers) to a title the
 * index has not seen. A title left out of the index (training) is left out of the counts too.
 */
final class NationalWordPrior {

    /** The national titles (folded) that have a stem, and per title its occupations and ISCO groups. */
    private final Map<String, Set<String>> titlesByStem = new HashMap<>();
    private final Map<String, Set<Integer>> occupationsByTitle = new HashMap<>();
    private final Map<String, Set<String>> iscosByTitle = new HashMap<>();
    private final IntFunction<String> iscoOf;

    NationalWordPrior(List<NationalFramePrior.Mapping> mappings, IntFunction<String> iscoOf) {
        this.iscoOf = iscoOf;
        for (NationalFramePrior.Mapping m : mappings) {
            String folded = TextFolding.foldWords(m.title());
            occupationsByTitle.computeIfAbsent(folded, k -> new HashSet<>()).add(m.occupation());
            String isco = iscoOf.apply(m.occupation());
            if (!isco.isEmpty()) {
                iscosByTitle.computeIfAbsent(folded, k -> new HashSet<>()).add(isco);
            }
            for (String stem : LabelKeys.dutchLeafStems(m.title())) {
                titlesByStem.computeIfAbsent(stem, k -> new HashSet<>()).add(folded);
            }
        }
    }

    /** The prior of a title's stems, without the national title {@code leftOut} (folded; null: none). */
    Words of(Set<String> stems, ToDoubleFunction<String> rarity, String leftOut) {
        var occupations = new HashMap<Integer, Double>();
        var iscos = new HashMap<String, Double>();
        double total = 0;
        for (String stem : stems) {
            Set<String> titles = titlesByStem.getOrDefault(stem, Set.of());
            int n = titles.size() - (leftOut != null && titles.contains(leftOut) ? 1 : 0);
            if (n <= 0) {
                continue;
            }
            double w = rarity.applyAsDouble(stem);
            total += w;
            var perOccupation = new HashMap<Integer, Integer>();
            var perIsco = new HashMap<String, Integer>();
            for (String title : titles) {
                if (title.equals(leftOut)) {
                    continue;
                }
                occupationsByTitle.get(title).forEach(o -> perOccupation.merge(o, 1, Integer::sum));
                iscosByTitle.getOrDefault(title, Set.of()).forEach(i -> perIsco.merge(i, 1, Integer::sum));
            }
            // smoothed by one, so a word of a single national title says little
            perOccupation.forEach((o, c) -> occupations.merge(o, w * c / (n + 1), Double::sum));
            perIsco.forEach((i, c) -> iscos.merge(i, w * c / (n + 1), Double::sum));
        }
        double sum = total;
        if (sum > 0) {
            occupations.replaceAll((o, v) -> v / sum);
            iscos.replaceAll((i, v) -> v / sum);
        }
        return new Words(occupations, iscos, iscoOf);
    }

    /** The prior of one title, to ask per candidate occupation. */
    record Words(Map<Integer, Double> occupations, Map<String, Double> iscos, IntFunction<String> iscoOf) {

        double occupation(int occupation) {
            return occupations.getOrDefault(occupation, 0.0);
        }

        double isco(int occupation) {
            String isco = iscoOf.apply(occupation);
            return isco.isEmpty() ? 0 : iscos.getOrDefault(isco, 0.0);
        }

        /** The occupations with the largest prior, at most {@code limit}. */
        List<Integer> top(int limit) {
            return occupations.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit).map(Map.Entry::getKey).toList();
        }
    }
}
