package nl.vaardig.taxonomy.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits Dutch compounds into dictionary words: {@code vrachtwagenchauffeur} → vrachtwagen, chauffeur;
 * {@code bedrijfshulpverlening} → bedrijf, hulpverlening, hulp, verlening.
 *
 * <p>A split must cover the whole word with dictionary words of at least {@value #MIN_PART} letters; a part may
 * carry a linking {@code s}, {@code e} or {@code en} ("bedrijf<b>s</b>hulp"), which is dropped. Of all covers the
 * one with the fewest parts wins, then the one whose shortest part is longest; parts are split again. Requiring a
 * full cover keeps false splits rare ({@code chauffeur} is not split into "chauf" + "feur").
 *
 * <p>The dictionary is {@code nl-compound-words-esco.txt} (DERIVED from the ESCO Dutch labels) plus
 * {@code nl-compound-words-curated.txt}; both are folded (lower case, no diacritics). Thread-safe.
 */
public final class DutchDecompounder {

    static final int MIN_PART = 3;
    static final int MIN_WORD = 6;
    private static final int MAX_WORD = 48;
    private static final int CACHE_LIMIT = 200_000;
    private static final String[] LINKERS = {"en", "s", "e"};

    private final Set<String> dictionary;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    /** Parts that are never split again (verb stems: "verpleeg" is not "ver" + "pleeg"). */
    private final Set<String> whole;

    public DutchDecompounder(Collection<String> words) {
        this(words, List.of());
    }

    /** @param whole extra dictionary words that are parts of compounds but never split themselves */
    public DutchDecompounder(Collection<String> words, Collection<String> whole) {
        var dict = new HashSet<String>(words.size() * 2);
        for (String w : words) {
            String f = TextFolding.fold(w.strip());
            if (f.length() >= MIN_PART) {
                dict.add(f);
            }
        }
        var unsplit = new HashSet<String>();
        for (String w : whole) {
            String f = TextFolding.fold(w.strip());
            if (f.length() >= MIN_PART) {
                dict.add(f);
                unsplit.add(f);
            }
        }
        this.dictionary = Set.copyOf(dict);
        this.whole = Set.copyOf(unsplit);
    }

    private static final class Shipped {
        static final DutchDecompounder INSTANCE = new DutchDecompounder(shippedWords());
    }

    private static final class WithVerbStems {
        static final DutchDecompounder INSTANCE = withVerbStems();

        private static DutchDecompounder withVerbStems() {
            return new DutchDecompounder(shippedWords(), DutchVerbLemmas.shipped().stems());
        }
    }

    /** The shipped word lists plus bare verb stems, for running text ("verpleegplan" → verpleeg, plan). */
    public static DutchDecompounder withVerbStems() {
        return WithVerbStems.INSTANCE;
    }

    /** The decompounder over the shipped word lists. */
    public static DutchDecompounder shipped() {
        return Shipped.INSTANCE;
    }

    static List<String> shippedWords() {
        var words = new ArrayList<String>(WordLists.lines("nl-compound-words-esco.txt"));
        words.addAll(WordLists.lines("nl-compound-words-curated.txt"));
        return words;
    }

    public boolean knows(String word) {
        return dictionary.contains(word);
    }

    public int size() {
        return dictionary.size();
    }

    /**
     * The parts of a folded lower-case word, outermost split first, then the parts of those parts; empty when the
     * word is not a compound of dictionary words.
     */
    public List<String> split(String word) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD) {
            return List.of();
        }
        // the memory first: only a word that passed the tests below is in it, and most words asked for are
        // (a text repeats its words), so they skip the letter test and the dictionary look-up
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        if (!isLetters(word) || whole.contains(word)) {
            return List.of();
        }
        var parts = new LinkedHashSet<String>();
        collect(word, parts, 0);
        parts.remove(word);
        List<String> result = List.copyOf(parts);
        if (cache.size() >= CACHE_LIMIT) {
            // emptied and filled again, not frozen: the index build fills it with ESCO's words, and the words of the
            // texts read afterwards were split again every time they came
            cache.clear();
        }
        cache.put(word, result);
        return result;
    }

    /** The word cut into its smallest dictionary parts ({@code heftruckmonteur} → hef, truck, monteur), or itself. */
    public List<String> leaves(String word) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD || !isLetters(word)) {
            return List.of(word);
        }
        var out = new ArrayList<String>();
        leaves(word, out, 0);
        return List.copyOf(out);
    }

    private void leaves(String word, List<String> out, int depth) {
        List<String> cover = depth > 3 || word.length() < MIN_WORD ? null : bestCover(word);
        if (cover == null) {
            out.add(word);
            return;
        }
        for (String part : cover) {
            leaves(part, out, depth + 1);
        }
    }

    private void collect(String word, Set<String> out, int depth) {
        List<String> best = bestCover(word);
        if (best == null || depth > 3) {
            return;
        }
        out.addAll(best);
        for (String part : best) {
            if (part.length() >= MIN_WORD && !whole.contains(part)) {
                collect(part, out, depth + 1);
            }
        }
    }

    /** Fewest-part full cover of {@code word} by at least two dictionary words, or null. */
    private List<String> bestCover(String word) {
        int n = word.length();
        // best[i] = best segmentation of word[i..n)
        @SuppressWarnings("unchecked")
        List<String>[] best = new List[n + 1];
        best[n] = List.of();
        for (int i = n - MIN_PART; i >= 0; i--) {
            List<String> chosen = null;
            for (int j = i + MIN_PART; j <= n; j++) {
                if (best[j] == null || (i == 0 && j == n)) {
                    continue;
                }
                String part = word.substring(i, j);
                String lemma = dictionary.contains(part) ? part : (j < n ? withoutLinker(part) : null);
                if (lemma == null) {
                    continue;
                }
                var candidate = new ArrayList<String>(best[j].size() + 1);
                candidate.add(lemma);
                candidate.addAll(best[j]);
                if (better(candidate, chosen)) {
                    chosen = candidate;
                }
            }
            best[i] = chosen;
        }
        return best[0] != null && best[0].size() >= 2 ? best[0] : null;
    }

    private String withoutLinker(String part) {
        for (String linker : LINKERS) {
            if (part.endsWith(linker) && part.length() - linker.length() >= MIN_PART) {
                String stem = part.substring(0, part.length() - linker.length());
                if (dictionary.contains(stem)) {
                    return stem;
                }
            }
        }
        return null;
    }

    private static boolean better(List<String> candidate, List<String> current) {
        if (current == null) {
            return true;
        }
        if (candidate.size() != current.size()) {
            return candidate.size() < current.size();
        }
        return shortest(candidate) > shortest(current);
    }

    private static int shortest(List<String> parts) {
        int min = Integer.MAX_VALUE;
        for (String p : parts) {
            min = Math.min(min, p.length());
        }
        return min;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
