package nl.vaardig.taxonomy.extract.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vaardig.taxonomy.extract.text.Token;
import nl.vaardig.taxonomy.extract.text.Tokenizer;

/**
 * The phrases of one namespace (ESCO labels, curated synonyms) as term sequences, with a trie for verbatim
 * hits and candidate lists for partial hits. Immutable once built.
 */
public final class LabelIndex {

    /** Proper names that are also ordinary words: a label like "LESS" or "Hack" only matches when capitalised. */
    private static final Set<String> AMBIGUOUS_NAMES = Set.of("less", "go", "hack", "curl", "turing", "io", "ada",
            "ruby", "rage", "shiva", "absorb", "myrtle", "euphoria", "dylan", "ceylon", "fantom", "chef", "puppet",
            "salt", "spark", "hive", "pig", "swift", "rust", "scheme", "pascal", "basic", "logo", "ant", "flash",
            "sketch", "word", "access", "outlook", "project", "teams", "office", "unity", "blender", "maya", "nuke",
            "max", "dart", "julia", "elm", "crystal", "red", "eagle", "excel", "visio", "seed7", "x10", "hope",
            "ml", "d", "c", "r", "j", "e", "b", "f", "k", "s", "vi", "stl", "ide", "ic", "ics", "nec", "mo", "ii",
            "sage", "stata", "jade", "opal", "mercury", "clean", "joy", "oz", "self", "sea", "bash", "it", "ict",
            "gel", "mail", "prism", "snap", "zoom", "slack", "trello", "box", "drive", "gimp", "rest", "post", "bar",
            "exact", "api", "sas", "sap", "ai", "bi", "hr", "js");

    /**
     * Verbs that only carry the skill noun ("show enthusiasm", "demonstrate initiative", "tonen"): the noun
     * alone is good evidence, so these count for little in coverage.
     */
    private static final List<String> LIGHT_VERBS_EN = List.of("show", "demonstrate", "exhibit", "have", "use",
            "apply", "perform", "carry", "make", "take", "keep", "do", "ensure", "practise", "practice", "employ",
            "utilise", "utilize", "execute", "undertake", "possess", "display", "maintain", "adopt");
    private static final List<String> LIGHT_VERBS_NL = List.of("tonen", "gebruiken", "toepassen", "uitvoeren",
            "hebben", "maken", "zorgen", "houden", "hanteren", "betrachten", "beschikken", "aan", "dag", "leggen");
    private static final float LIGHT_VERB_WEIGHT = 0.3f;

    public static final int NO_NODE = -1;

    final Namespace namespace;
    final int[] owner;
    final SurfaceKind[] kind;
    final float[] weight;
    final int[][] terms;
    final float[] idfSum;
    final boolean[] caseSensitive;
    final boolean[] upperOnly;
    final String[] text;
    /**
     * For one-word English alternative and hidden labels, the word with only its plural ending removed.
     * Snowball stems "organization" to "organ" and "objectives" to "object": such labels ("organs",
     * "objects") must match more strictly, while a preferred label still matches its derivations
     * ("communicative" → "communication").
     */
    final String[] singleWordKey;
    final LongIntMap edges;
    final int[][] payload;
    final float[] idf;
    final int[][] distinctTerms;
    /** Labels of three or more terms, listed under their rarest term, with their second and third rarest. */
    final int[][] candidates;
    final int[][] candidateSecond;
    final int[][] candidateThird;
    /** Idf shares of the rarest three words for each posting of {@link #candidates} / {@link #secondLabels}. */
    final float[][] candidateShares;
    final float[][] secondShares;
    /** Longer labels under their second rarest term, with their rarest and third rarest term. */
    final int[][] secondLabels;
    final int[][] secondRarest;
    final int[][] secondThird;
    /**
     * Two-term labels listed under their rarer term, with the other term alongside ({@code ~term} when the
     * other word is a light verb, so the rarer word alone is enough: "enthusiasm" for "show enthusiasm").
     */
    final int[][] pairLabels;
    final int[][] pairOther;
    final float[] specificity;
    final float[] background;
    final boolean[] sharedPhrase;

    private LabelIndex(Builder b, float[] backgroundIdf) {
        namespace = b.namespace;
        int n = b.owner.size();
        owner = b.owner.stream().mapToInt(Integer::intValue).toArray();
        kind = b.kind.toArray(SurfaceKind[]::new);
        weight = new float[n];
        caseSensitive = new boolean[n];
        upperOnly = new boolean[n];
        for (int i = 0; i < n; i++) {
            weight[i] = b.weight.get(i);
            caseSensitive[i] = b.caseSensitive.get(i);
            upperOnly[i] = caseSensitive[i] && b.text.get(i).equals(b.text.get(i).toUpperCase(java.util.Locale.ROOT));
        }
        terms = b.terms.toArray(int[][]::new);
        text = b.text.toArray(String[]::new);
        singleWordKey = new String[n];
        if (namespace == Namespace.EN) {
            for (int i = 0; i < n; i++) {
                List<Token> words = Tokenizer.tokenize(text[i]);
                if (words.size() == 1 && kind[i] != SurfaceKind.PREFERRED_LABEL && kind[i] != SurfaceKind.CURATED_SYNONYM) {
                    singleWordKey[i] = pluralStripped(words.get(0).norm());
                }
            }
        }

        int termCount = b.vocabulary.size(namespace);
        int[] df = new int[termCount];
        for (int[] t : terms) {
            for (int term : distinct(t)) {
                df[term]++;
            }
        }
        idf = new float[termCount];
        for (int t = 0; t < termCount; t++) {
            idf[t] = df[t] == 0 ? 0f : (float) Math.log(1.0 + (double) n / df[t]);
        }
        boolean[] lightVerb = new boolean[termCount];
        for (String verb : namespace == Namespace.EN ? LIGHT_VERBS_EN : LIGHT_VERBS_NL) {
            int t = b.vocabulary.lookup(verb).of(namespace);
            if (t >= 0 && t < termCount && !lightVerb[t]) {
                lightVerb[t] = true;
                idf[t] *= LIGHT_VERB_WEIGHT;
            }
        }
        idfSum = new float[n];
        for (int label = 0; label < n; label++) {
            for (int term : distinct(terms[label])) {
                idfSum[label] += idf[term];
            }
        }
        distinctTerms = new int[n][];
        specificity = new float[n];
        background = backgroundIdf;
        float[] share1 = new float[n];
        float[] share2 = new float[n];
        float[] share3 = new float[n];
        List<List<int[]>> byRareTerm = new ArrayList<>(termCount);
        List<List<int[]>> pairs = new ArrayList<>(termCount);
        List<List<int[]>> seconds = new ArrayList<>(termCount);
        for (int t = 0; t < termCount; t++) {
            byRareTerm.add(new ArrayList<>(0));
            pairs.add(new ArrayList<>(0));
            seconds.add(new ArrayList<>(0));
        }
        for (int label = 0; label < n; label++) {
            int[] d = distinct(terms[label]);
            distinctTerms[label] = d;
            for (int term : d) {
                specificity[label] += term < backgroundIdf.length ? backgroundIdf[term] : 0f;
            }
            // A partial hit needs two matched words (one, if the other word of a two-word label is a light
            // verb), so it holds the label's rarest or second rarest word. Single words are verbatim-only.
            if (d.length == 2) {
                int rare = idf[d[0]] >= idf[d[1]] ? d[0] : d[1];
                int other = rare == d[0] ? d[1] : d[0];
                // The one-word rule (the other word is a light verb) is decided here, once: ~other marks it.
                boolean oneWordEnough = (lightVerb[other] && idf[rare] >= PhraseMatcher.SINGLE_WORD_COVERAGE * idfSum[label])
                        || (namespace == Namespace.EN && rare < backgroundIdf.length
                            && backgroundIdf[rare] >= PhraseMatcher.RARE_IN_PROSE);
                pairs.get(rare).add(new int[] {label, oneWordEnough ? ~other : other});
            } else if (d.length > 2) {
                Integer[] byIdf = Arrays.stream(d).boxed().toArray(Integer[]::new);
                Arrays.sort(byIdf, (x, y) -> Float.compare(idf[y], idf[x]));
                byRareTerm.get(byIdf[0]).add(new int[] {label, byIdf[1], byIdf[2]});
                // Without its rarest word a label needs its second and third rarest: listed under the second
                // with what settles it cheaply (the rarest and the third).
                seconds.get(byIdf[1]).add(new int[] {label, byIdf[0], byIdf[2]});
                share1[label] = idf[byIdf[0]] / idfSum[label];
                share2[label] = idf[byIdf[1]] / idfSum[label];
                share3[label] = idf[byIdf[2]] / idfSum[label];
            }
        }
        candidates = new int[termCount][];
        candidateShares = new float[termCount][];
        secondShares = new float[termCount][];
        candidateSecond = new int[termCount][];
        candidateThird = new int[termCount][];
        pairLabels = new int[termCount][];
        pairOther = new int[termCount][];
        secondLabels = new int[termCount][];
        secondRarest = new int[termCount][];
        secondThird = new int[termCount][];
        for (int t = 0; t < termCount; t++) {
            List<int[]> first = byRareTerm.get(t);
            candidates[t] = first.stream().mapToInt(x -> x[0]).toArray();
            candidateSecond[t] = first.stream().mapToInt(x -> x[1]).toArray();
            candidateThird[t] = first.stream().mapToInt(x -> x[2]).toArray();
            candidateShares[t] = shares(first, share1, share2, share3);
            List<int[]> sec = seconds.get(t);
            secondLabels[t] = sec.stream().mapToInt(x -> x[0]).toArray();
            secondRarest[t] = sec.stream().mapToInt(x -> x[1]).toArray();
            secondThird[t] = sec.stream().mapToInt(x -> x[2]).toArray();
            secondShares[t] = shares(sec, share1, share2, share3);
            List<int[]> p = pairs.get(t);
            pairLabels[t] = p.stream().mapToInt(x -> x[0]).toArray();
            pairOther[t] = p.stream().mapToInt(x -> x[1]).toArray();
        }
        edges = new LongIntMap(n * 2);
        List<List<Integer>> nodes = new ArrayList<>();
        nodes.add(new ArrayList<>(0));
        for (int label = 0; label < n; label++) {
            int node = 0;
            for (int term : terms[label]) {
                long key = edgeKey(node, term);
                int child = edges.get(key);
                if (child < 0) {
                    child = nodes.size();
                    nodes.add(new ArrayList<>(0));
                    edges.put(key, child);
                }
                node = child;
            }
            nodes.get(node).add(label);
        }
        payload = new int[nodes.size()][];
        sharedPhrase = new boolean[n];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = nodes.get(i).stream().mapToInt(Integer::intValue).toArray();
            long owners = Arrays.stream(payload[i]).map(l -> owner[l]).distinct().count();
            for (int label : payload[i]) {
                sharedPhrase[label] = owners > 1;
            }
        }
    }

    /** Per posting, the idf shares of the label's three rarest words, side by side for sequential reads. */
    private static float[] shares(List<int[]> postings, float[] s1, float[] s2, float[] s3) {
        float[] out = new float[postings.size() * 3];
        for (int i = 0; i < postings.size(); i++) {
            int label = postings.get(i)[0];
            out[3 * i] = s1[label];
            out[3 * i + 1] = s2[label];
            out[3 * i + 2] = s3[label];
        }
        return out;
    }

    /** English plural and possessive endings only: "teams" → "team", "abilities" → "ability", "boxes" → "box". */
    static String pluralStripped(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    static int[] distinct(int[] t) {
        int[] copy = t.clone();
        Arrays.sort(copy);
        int k = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[k++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, k);
    }

    private static long edgeKey(int node, int term) {
        return ((long) node << 32) | (term & 0xFFFFFFFFL);
    }

    /** The trie node reached from {@code node} by {@code term}, or {@link #NO_NODE}. */
    int step(int node, int term) {
        return term < 0 ? NO_NODE : edges.get(edgeKey(node, term));
    }

    public int size() {
        return owner.length;
    }

    public Namespace namespace() {
        return namespace;
    }

    public int owner(int label) {
        return owner[label];
    }

    public String text(int label) {
        return text[label];
    }

    public static final class Builder {
        private final Namespace namespace;
        private final Vocabulary vocabulary;
        private final List<Integer> owner = new ArrayList<>();
        private final List<SurfaceKind> kind = new ArrayList<>();
        private final List<Float> weight = new ArrayList<>();
        private final List<int[]> terms = new ArrayList<>();
        private final List<Boolean> caseSensitive = new ArrayList<>();
        private final List<String> text = new ArrayList<>();
        private final Map<String, Integer> seen = new HashMap<>();
        private final boolean strictAcronyms;

        public Builder(Namespace namespace, Vocabulary vocabulary) {
            this(namespace, vocabulary, false);
        }

        /**
         * @param strictAcronyms one-word labels in capitals ("FTE", "CNA") only match capitals: occupation
         *                       acronyms collide with everyday abbreviations ("0,8 fte")
         */
        public Builder(Namespace namespace, Vocabulary vocabulary, boolean strictAcronyms) {
            this.namespace = namespace;
            this.vocabulary = vocabulary;
            this.strictAcronyms = strictAcronyms;
        }

        /**
         * Adds a phrase for {@code ownerId}. Parenthesised qualifiers ("Java (computer programming)") are
         * dropped because texts never spell them; a phrase of function words only is ignored.
         * Returns false when nothing was added.
         */
        public boolean add(int ownerId, String phrase, SurfaceKind surfaceKind, float phraseWeight) {
            String cleaned = stripQualifier(phrase);
            List<Token> tokens = Tokenizer.tokenize(cleaned);
            int[] ids = new int[tokens.size()];
            int k = 0;
            for (Token token : tokens) {
                int id = vocabulary.register(namespace, token.norm());
                if (id >= 0) {
                    ids[k++] = id;
                }
            }
            if (k == 0) {
                return false;
            }
            int[] content = Arrays.copyOf(ids, k);
            String key = ownerId + "|" + Arrays.toString(content);
            Integer existing = seen.get(key);
            if (existing != null) {
                // Same owner, same terms (e.g. a preferred label repeated as alt label): keep the better kind.
                if (phraseWeight * surfaceKind.weight() > weight.get(existing) * kind.get(existing).weight()) {
                    kind.set(existing, surfaceKind);
                    weight.set(existing, phraseWeight);
                }
                return false;
            }
            seen.put(key, owner.size());
            owner.add(ownerId);
            kind.add(surfaceKind);
            weight.add(phraseWeight);
            terms.add(content);
            text.add(cleaned);
            boolean acronym = strictAcronyms && tokens.size() == 1 && cleaned.length() <= 6
                    && cleaned.equals(cleaned.toUpperCase(java.util.Locale.ROOT)) && !cleaned.equals(cleaned.toLowerCase(java.util.Locale.ROOT));
            caseSensitive.add(tokens.size() == 1 && (acronym || needsCase(tokens.get(0), cleaned)));
            return true;
        }

        private static boolean needsCase(Token token, String phrase) {
            boolean writtenWithCapital = !phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT));
            return writtenWithCapital && (token.norm().length() <= 2 || AMBIGUOUS_NAMES.contains(token.norm()));
        }

        static String stripQualifier(String phrase) {
            int open = phrase.indexOf('(');
            if (open > 0) {
                int close = phrase.indexOf(')', open);
                String stripped = (phrase.substring(0, open) + (close > 0 ? phrase.substring(close + 1) : "")).strip();
                if (!stripped.isEmpty()) {
                    return stripped;
                }
            }
            return phrase.strip();
        }

        /**
         * @param backgroundIdf per term of this namespace, how rare the term is in ordinary prose (ESCO
         *                      descriptions); it tells "Java" (rare, specific) from "data" (everywhere)
         */
        public LabelIndex build(float[] backgroundIdf) {
            return new LabelIndex(this, backgroundIdf);
        }
    }
}
