package nl.vaardig.taxonomy.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.analysis.TextFolding;

/**
 * How the crosswalk maps national titles of the same frame: titles that share their first word and bracketed markers
 * ("Docent … (2e graads)", "Universitair (hoofd)docent …") or their last word and markers ("Onderofficier … koninklijke
 * marine") are mostly mapped to the same few occupations. Per frame, the share of its indexed national titles mapped
 * to each occupation; a title left out of the index (training) is left out of the counts too.
 */
final class NationalFramePrior {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[][^)\\]]*[)\\]]");

    /** A national title in the index and the occupation it is mapped to. */
    record Mapping(String title, int occupation) {
    }

    private final Map<String, Map<Integer, Integer>> byFirst = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> byLast = new HashMap<>();
    private final Map<String, Set<String>> titlesByFirst = new HashMap<>();
    private final Map<String, Set<String>> titlesByLast = new HashMap<>();
    private final Map<String, Set<Integer>> occupationsByTitle = new HashMap<>();
    // the same per ISCO unit group: "Docent … (1e graads)" goes to secondary teachers, whatever the subject
    private final IntFunction<String> iscoOf;
    private final Map<String, Map<String, Integer>> iscoByFirst = new HashMap<>();
    private final Map<String, Map<String, Integer>> iscoByLast = new HashMap<>();
    private final Map<String, Set<String>> iscosByTitle = new HashMap<>();

    /** @param iscoOf the ISCO unit group of an occupation ordinal ("" when it has none) */
    NationalFramePrior(List<Mapping> mappings, IntFunction<String> iscoOf) {
        this.iscoOf = iscoOf;
        for (Mapping m : mappings) {
            String folded = TextFolding.foldWords(m.title());
            if (!occupationsByTitle.computeIfAbsent(folded, k -> new HashSet<>()).add(m.occupation())) {
                continue;
            }
            String[] keys = keys(m.title());
            if (keys == null) {
                continue;
            }
            byFirst.computeIfAbsent(keys[0], k -> new HashMap<>()).merge(m.occupation(), 1, Integer::sum);
            byLast.computeIfAbsent(keys[1], k -> new HashMap<>()).merge(m.occupation(), 1, Integer::sum);
            titlesByFirst.computeIfAbsent(keys[0], k -> new HashSet<>()).add(folded);
            titlesByLast.computeIfAbsent(keys[1], k -> new HashSet<>()).add(folded);
            String isco = iscoOf.apply(m.occupation());
            if (!isco.isEmpty() && iscosByTitle.computeIfAbsent(folded, k -> new HashSet<>()).add(isco)) {
                iscoByFirst.computeIfAbsent(keys[0], k -> new HashMap<>()).merge(isco, 1, Integer::sum);
                iscoByLast.computeIfAbsent(keys[1], k -> new HashMap<>()).merge(isco, 1, Integer::sum);
            }
        }
    }

    /** {first word|markers, last word|markers} of a title as written, or null when it has fewer than two words. */
    private static String[] keys(String title) {
        String markers = String.join("|", JobTitleMatcher.frameMarkers(title));
        String[] words = TextFolding.foldWords(BRACKETED.matcher(title).replaceAll(" ")).split(" ");
        if (words.length < 2) {
            return null;
        }
        return new String[] {words[0] + "|" + markers, words[words.length - 1] + "|" + markers};
    }

    /** The prior of the title's frame (first word, last word) for each occupation, without {@code leftOut} (folded). */
    Frame of(String title, String leftOut) {
        String[] keys = keys(title);
        return keys == null ? Frame.NONE : new Frame(this, keys, leftOut);
    }

    /** The frame of one title, to ask per candidate occupation. */
    static final class Frame {
        static final Frame NONE = new Frame(null, null, null);
        private final NationalFramePrior prior;
        private final String[] keys;
        private final String leftOut;

        private Frame(NationalFramePrior prior, String[] keys, String leftOut) {
            this.prior = prior;
            this.keys = keys;
            this.leftOut = leftOut;
        }

        double first(int occupation) {
            return prior == null ? 0 : prior.share(prior.byFirst, prior.titlesByFirst, keys[0], occupation, leftOut);
        }

        double last(int occupation) {
            return prior == null ? 0 : prior.share(prior.byLast, prior.titlesByLast, keys[1], occupation, leftOut);
        }

        /** Share of the first-word frame's titles mapped into the occupation's ISCO unit group. */
        double firstIsco(int occupation) {
            return prior == null ? 0 : prior.iscoShare(prior.iscoByFirst, prior.titlesByFirst, keys[0], occupation, leftOut);
        }

        double lastIsco(int occupation) {
            return prior == null ? 0 : prior.iscoShare(prior.iscoByLast, prior.titlesByLast, keys[1], occupation, leftOut);
        }

        /**
         * The occupations the frame's other titles are mapped to (first-word and last-word frame), the most shared
         * first, at most {@code limit} per frame: candidates no word of the title may lead to ("Docent Perzisch (1e
         * graads)" → the language teacher its siblings are mapped to).
         */
        List<Integer> occupations(int limit) {
            if (prior == null) {
                return List.of();
            }
            var out = new ArrayList<Integer>();
            for (int k = 0; k < 2; k++) {
                Map<Integer, Integer> counts = (k == 0 ? prior.byFirst : prior.byLast).getOrDefault(keys[k], Map.of());
                int key = k;
                counts.keySet().stream()
                        .filter(o -> (key == 0 ? first(o) : last(o)) > 0)
                        .sorted(Comparator.comparingInt((Integer o) -> counts.get(o)).reversed().thenComparing(o -> o))
                        .limit(limit)
                        .forEach(out::add);
            }
            return out;
        }
    }

    private double iscoShare(Map<String, Map<String, Integer>> counts, Map<String, Set<String>> titles, String key,
                             int occupation, String leftOut) {
        Set<String> members = titles.get(key);
        String isco = iscoOf.apply(occupation);
        if (members == null || isco.isEmpty()) {
            return 0;
        }
        int n = members.size();
        int count = counts.getOrDefault(key, Map.of()).getOrDefault(isco, 0);
        if (leftOut != null && members.contains(leftOut)) {
            n--;
            count -= iscosByTitle.getOrDefault(leftOut, Set.of()).contains(isco) ? 1 : 0;
        }
        return n <= 0 ? 0 : (double) count / (n + 1);
    }

    /** Share of the frame's titles mapped to the occupation, smoothed by one so a frame of one title says little. */
    private double share(Map<String, Map<Integer, Integer>> counts, Map<String, Set<String>> titles, String key,
                         int occupation, String leftOut) {
        Set<String> members = titles.get(key);
        if (members == null) {
            return 0;
        }
        int n = members.size();
        int count = counts.get(key).getOrDefault(occupation, 0);
        if (leftOut != null && members.contains(leftOut)) {
            n--;
            count -= occupationsByTitle.get(leftOut).contains(occupation) ? 1 : 0;
        }
        return n <= 0 ? 0 : (double) count / (n + 1);
    }
}
