package nl.vaardig.taxonomy.extract.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Term ids per {@link Namespace}: a term is the stem of a folded word. Built once from all labels, then
 * read concurrently. Looking up a text word stems it in both namespaces and, for Dutch, splits an unknown
 * compound into known parts ("wijkverpleegkundige" → wijk + verpleegkundige, "klantenservicemedewerker"
 * → klant + service + medewerker); results are cached because vacancy vocabulary repeats a lot.
 */
public final class Vocabulary {

    /** A text word's terms: English term, Dutch term, and the Dutch compound parts when the whole is unknown. */
    public record Terms(int en, int nl, int[] nlParts) {
        static final int[] NONE = new int[0];

        public int of(Namespace namespace) {
            return namespace == Namespace.EN ? en : nl;
        }
    }

    public static final int UNKNOWN = -1;
    public static final int STOP = -2;
    private static final int CACHE_LIMIT = 400_000;
    private static final int MIN_HEAD = 4;
    private static final int MIN_MODIFIER = 3;

    private final Map<String, Integer> english = new HashMap<>();
    private final Map<String, Integer> dutch = new HashMap<>();
    private final Set<String> dutchWords = new HashSet<>();
    private final ConcurrentHashMap<String, Terms> cache = new ConcurrentHashMap<>();
    private volatile boolean frozen;

    /** Registers a label word and returns its term id (builder phase only). */
    int register(Namespace namespace, String folded) {
        if (frozen) {
            throw new IllegalStateException("vocabulary is frozen");
        }
        if (StopWords.isStop(namespace, folded)) {
            return STOP;
        }
        Map<String, Integer> ids = namespace == Namespace.EN ? english : dutch;
        if (namespace == Namespace.NL) {
            dutchWords.add(folded);
        }
        return ids.computeIfAbsent(Stemming.stem(namespace, folded), k -> ids.size());
    }

    public void freeze() {
        frozen = true;
    }

    public int size(Namespace namespace) {
        return namespace == Namespace.EN ? english.size() : dutch.size();
    }

    public Terms lookup(String folded) {
        Terms cached = cache.get(folded);
        if (cached != null) {
            return cached;
        }
        Terms computed = compute(folded);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(folded, computed);
        }
        return computed;
    }

    private Terms compute(String folded) {
        int en = StopWords.english(folded) ? STOP : english.getOrDefault(Stemming.stem(Namespace.EN, folded), UNKNOWN);
        int nl = StopWords.dutch(folded) ? STOP : dutch.getOrDefault(Stemming.stem(Namespace.NL, folded), UNKNOWN);
        if (nl == UNKNOWN) {
            nl = dutchInflection(folded);
        }
        int[] parts = Terms.NONE;
        if (nl == UNKNOWN && folded.length() >= MIN_HEAD + MIN_MODIFIER && isLetters(folded)) {
            int[] split = splitCompound(folded, 0);
            if (split != null) {
                parts = split;
            }
        }
        return new Terms(en, nl, parts);
    }

    /**
     * Vacancies write verbs in the second or third person ("je rapporteert", "werkt", "beantwoordt") and
     * nouns in the plural ("rapportages"), which the Dutch stemmer leaves alone; labels use infinitives and
     * singulars. Dropping a final "t" or "s" is tried only when the shorter word is known.
     */
    private int dutchInflection(String folded) {
        int n = folded.length();
        if (n < 5) {
            return UNKNOWN;
        }
        char last = folded.charAt(n - 1);
        if (last == 't' || last == 's') {
            Integer id = dutch.get(Stemming.stem(Namespace.NL, folded.substring(0, n - 1)));
            if (id != null) {
                return id;
            }
        }
        return UNKNOWN;
    }

    /** Longest known head first; the modifier may itself be a compound, or end in a linking s/e/en. */
    private int[] splitCompound(String word, int depth) {
        for (int i = MIN_MODIFIER; i <= word.length() - MIN_HEAD; i++) {
            Integer head = dutch.get(Stemming.stem(Namespace.NL, word.substring(i)));
            if (head == null) {
                continue;
            }
            int[] modifier = modifierTerms(word.substring(0, i), depth);
            if (modifier != null) {
                int[] out = new int[modifier.length + 1];
                System.arraycopy(modifier, 0, out, 0, modifier.length);
                out[modifier.length] = head;
                return out;
            }
        }
        return null;
    }

    private int[] modifierTerms(String modifier, int depth) {
        for (String candidate : linkingVariants(modifier)) {
            if (candidate.length() >= MIN_MODIFIER && dutchWords.contains(candidate)) {
                return new int[] {dutch.get(Stemming.stem(Namespace.NL, candidate))};
            }
        }
        if (depth < 2 && modifier.length() >= MIN_HEAD + MIN_MODIFIER) {
            return splitCompound(modifier, depth + 1);
        }
        return null;
    }

    private static String[] linkingVariants(String modifier) {
        int n = modifier.length();
        if (modifier.endsWith("en") && n > 4) {
            return new String[] {modifier, modifier.substring(0, n - 2), modifier.substring(0, n - 1)};
        }
        if ((modifier.endsWith("s") || modifier.endsWith("e")) && n > 3) {
            return new String[] {modifier, modifier.substring(0, n - 1)};
        }
        return new String[] {modifier};
    }

    private static boolean isLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
