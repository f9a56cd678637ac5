package nl.vaardig.taxonomy.dutch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English → Dutch through a third language, for English words FreeDict's English–Dutch pair does not have: English →
 * German, French, Spanish, Swedish or Italian (FreeDict {@code eng-X} and, inverted, {@code X-eng}), then → Dutch
 * ({@code X-nld} and, inverted, {@code nld-X}). One path through one pivot word is mostly another sense of it (Ding's
 * German "Mark" for "marrow" is also a coin: "merk"), so a Dutch candidate is kept only when at least
 * {@value #MIN_PATHS} different pivot words (in one language or several) reach it, and the Dutch speller accepts each
 * of its words. Candidates reached through more languages, then more pivot words, come first.
 */
final class PivotDictionary {

    static final List<String> PIVOTS = List.of("deu", "fra", "spa", "swe", "ita");
    static final int MIN_PATHS = 2;
    private static final int MAX_CANDIDATES = 4;

    private PivotDictionary() {
    }

    /**
     * The FreeDict pairs {@link #read} takes: every pair Debian packages between English or Dutch and a pivot
     * (there is no {@code spa-nld} nor {@code ita-nld}; their inverted {@code nld-spa}, {@code nld-ita} serve).
     */
    static final List<String> PAIRS = List.of("eng-deu", "deu-eng", "deu-nld", "nld-deu", "eng-fra", "fra-eng",
            "fra-nld", "nld-fra", "eng-spa", "spa-eng", "nld-spa", "eng-swe", "swe-eng", "swe-nld", "nld-swe",
            "eng-ita", "ita-eng", "nld-ita");

    /** Dutch phrases per English phrase (space-joined), only for English phrases {@code skip} says to leave alone. */
    static Map<String, List<String>> read(Path dictd, Predicate<String> dutchWord, Predicate<String> skip)
            throws IOException {
        var paths = new HashMap<String, Map<String, Set<String>>>();
        for (String p : PIVOTS) {
            Map<String, Set<String>> toPivot = new HashMap<>();
            Map<String, Set<String>> toDutch = new HashMap<>();
            load(dictd, "eng-" + p, toPivot, false);
            load(dictd, p + "-eng", toPivot, true);
            load(dictd, p + "-nld", toDutch, false);
            load(dictd, "nld-" + p, toDutch, true);
            for (var e : toPivot.entrySet()) {
                if (skip.test(e.getKey())) {
                    continue;
                }
                for (String x : e.getValue()) {
                    for (String dutch : toDutch.getOrDefault(x, Set.of())) {
                        paths.computeIfAbsent(e.getKey(), k -> new HashMap<>())
                                .computeIfAbsent(dutch, k -> new LinkedHashSet<>()).add(p + ":" + x);
                    }
                }
            }
        }
        var out = new LinkedHashMap<String, List<String>>();
        for (var e : paths.entrySet()) {
            List<String> kept = e.getValue().entrySet().stream()
                    .filter(c -> c.getValue().size() >= MIN_PATHS && allDutch(c.getKey(), dutchWord))
                    .sorted(Comparator.<Map.Entry<String, Set<String>>>comparingLong(c -> languages(c.getValue()))
                            .thenComparingInt(c -> c.getValue().size()).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
            if (!kept.isEmpty()) {
                out.put(e.getKey(), kept);
            }
        }
        return out;
    }

    private static long languages(Set<String> paths) {
        return paths.stream().map(s -> s.substring(0, s.indexOf(':'))).distinct().count();
    }

    private static boolean allDutch(String phrase, Predicate<String> dutchWord) {
        for (String w : phrase.split(" ")) {
            if (!dutchWord.test(w)) {
                return false;
            }
        }
        return true;
    }

    /** Headword → translations (or, {@code inverted}, translation → headword), lower case, up to three words each. */
    private static void load(Path dictd, String name, Map<String, Set<String>> into, boolean inverted)
            throws IOException {
        if (!PAIRS.contains(name) || !Files.isReadable(dictd.resolve("freedict-" + name + ".index"))) {
            return; // no such FreeDict pair in Debian; DutchLexicon.read requires every one that exists
        }
        for (var e : BilingualDictionary.entries(dictd, "freedict-" + name, true)) {
            String head = key(e.headword());
            if (head == null) {
                continue;
            }
            for (String t : e.translations()) {
                String translation = key(t);
                if (translation != null) {
                    into.computeIfAbsent(inverted ? translation : head, k -> new LinkedHashSet<>())
                            .add(inverted ? head : translation);
                }
            }
        }
    }

    private static String key(String text) {
        List<String> words = LabelTokens.words(BilingualDictionary.clean(text).replaceAll("<[^>]*>|\\{[^}]*}", " "));
        if (words.isEmpty() || words.size() > BilingualDictionary.MAX_WORDS) {
            return null;
        }
        return String.join(" ", words);
    }
}
