package nl.vaardig.taxonomy.extract.match;

import java.util.Arrays;
import java.util.List;
import nl.vaardig.taxonomy.extract.text.Token;

/**
 * The content terms of one segment in one namespace, in text order, each remembering the token it came
 * from. Unknown words stay in as {@link Vocabulary#UNKNOWN} so that phrases cannot jump over them.
 */
public final class TermStream {

    final int[] terms;
    final int[] tokenIndex;
    final int length;
    private int[] sortedDistinct;

    private TermStream(int[] terms, int[] tokenIndex, int length) {
        this.terms = terms;
        this.tokenIndex = tokenIndex;
        this.length = length;
    }

    public static TermStream of(Namespace namespace, List<Token> tokens, Vocabulary vocabulary) {
        return of(namespace, tokens, lookUp(tokens, vocabulary));
    }

    /** The vocabulary entries of the tokens, looked up once and shared by both namespaces' streams. */
    public static Vocabulary.Terms[] lookUp(List<Token> tokens, Vocabulary vocabulary) {
        Vocabulary.Terms[] terms = new Vocabulary.Terms[tokens.size()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = vocabulary.lookup(tokens.get(i).norm());
        }
        return terms;
    }

    public static TermStream of(Namespace namespace, List<Token> tokens, Vocabulary.Terms[] lookedUp) {
        return of(namespace, tokens, lookedUp, false);
    }

    /**
     * @param skipOtherStops leave out words that are function words of the other language: in Dutch text
     *                       "die" is not the English "die" (a mould), in English text "over" is not Dutch
     */
    public static TermStream of(Namespace namespace, List<Token> tokens, Vocabulary.Terms[] lookedUp,
                                boolean skipOtherStops) {
        Namespace other = namespace == Namespace.EN ? Namespace.NL : Namespace.EN;
        int[] terms = new int[tokens.size() * 2 + 4];
        int[] tokenIndex = new int[terms.length];
        int n = 0;
        for (int i = 0; i < lookedUp.length; i++) {
            Vocabulary.Terms t = lookedUp[i];
            int id = t.of(namespace);
            if (id == Vocabulary.STOP || (skipOtherStops && t.of(other) == Vocabulary.STOP)) {
                continue;
            }
            // An unknown Dutch compound stands in the stream as its known parts.
            int[] parts = id == Vocabulary.UNKNOWN && namespace == Namespace.NL && t.nlParts().length > 0
                    ? t.nlParts() : null;
            int count = parts == null ? 1 : parts.length;
            if (n + count > terms.length) {
                terms = Arrays.copyOf(terms, (n + count) * 2);
                tokenIndex = Arrays.copyOf(tokenIndex, terms.length);
            }
            if (parts == null) {
                terms[n] = id;
                tokenIndex[n++] = i;
                continue;
            }
            for (int part : parts) {
                terms[n] = part;
                tokenIndex[n++] = i;
            }
        }
        return new TermStream(terms, tokenIndex, n);
    }

    public int length() {
        return length;
    }

    public int term(int position) {
        return terms[position];
    }

    public int token(int position) {
        return tokenIndex[position];
    }

    /** Distinct known terms, sorted, for membership tests. */
    int[] distinctTerms() {
        if (sortedDistinct == null) {
            int[] copy = new int[length];
            int k = 0;
            for (int i = 0; i < length; i++) {
                if (terms[i] >= 0) {
                    copy[k++] = terms[i];
                }
            }
            Arrays.sort(copy, 0, k);
            int d = 0;
            for (int i = 0; i < k; i++) {
                if (d == 0 || copy[i] != copy[d - 1]) {
                    copy[d++] = copy[i];
                }
            }
            sortedDistinct = Arrays.copyOf(copy, d);
        }
        return sortedDistinct;
    }

    boolean contains(int term) {
        if (marks != null) {
            return term >= 0 && term < marks.length && marks[term] == generation;
        }
        return Arrays.binarySearch(distinctTerms(), term) >= 0;
    }

    private int[] marks;
    private int generation;

    /** Switches membership tests to a per-thread mark table (O(1)); valid until the next stream is marked. */
    void mark(int[] table, int stamp) {
        for (int t : distinctTerms()) {
            if (t < table.length) {
                table[t] = stamp;
            }
        }
        marks = table;
        generation = stamp;
    }
}
