package nl.vaardig.taxonomy.extract.match;

import java.util.ArrayList;
import java.util.List;
import nl.vaardig.taxonomy.extract.text.Token;

/**
 * Finds labels of one {@link LabelIndex} in a segment: verbatim (every content term, in order, adjacent)
 * through the trie, and partial through the postings (enough of the label's idf mass present, close
 * together). Stateless; scratch buffers are per thread.
 */
public final class PhraseMatcher {

    static final float SINGLE_WORD_COVERAGE = 0.7f;

    private static final class Scratch {
        int[] stamp = new int[0];
        int generation;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private PhraseMatcher() {
    }

    public static void verbatim(LabelIndex index, TermStream stream, List<Token> tokens, List<LabelHit> out) {
        for (int i = 0; i < stream.length; i++) {
            int node = 0;
            for (int j = i; j < stream.length; j++) {
                node = index.step(node, stream.terms[j]);
                if (node == LabelIndex.NO_NODE) {
                    break;
                }
                for (int label : index.payload[node]) {
                    int fromToken = stream.tokenIndex[i];
                    if (index.caseSensitive[label]) {
                        Token token = tokens.get(fromToken);
                        if (index.upperOnly[label] ? !token.upper() : !token.capitalised()) {
                            continue;
                        }
                    }
                    out.add(new LabelHit(index, label, true, 1f, 1f, fromToken, stream.tokenIndex[j]));
                }
            }
        }
    }

    /**
     * Labels of at least two terms with {@code coverage >= minCoverage} (share of the label's idf mass
     * present in the segment) whose matched terms sit close together. Candidates come from each label's
     * two rarest terms, which every label with enough coverage must contain.
     */
    public static void partial(LabelIndex index, TermStream stream, float minCoverage, List<LabelHit> out) {
        int[] distinct = stream.distinctTerms();
        if (distinct.length < 2) {
            return;
        }
        Scratch s = SCRATCH.get();
        if (s.stamp.length < index.size()) {
            s.stamp = new int[index.size()];
            s.generation = 0;
        }
        int generation = ++s.generation;
        if (generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(s.stamp, 0);
            s.generation = generation = 1;
        }
        int[] stamp = s.stamp;
        for (int term : distinct) {
            if (term >= index.candidates.length) {
                continue;
            }
            for (int label : index.candidates[term]) {
                if (stamp[label] == generation) {
                    continue;
                }
                stamp[label] = generation;
                int[] labelTerms = index.distinctTerms[label];
                if (labelTerms.length < 2) {
                    continue;
                }
                float covered = 0f;
                int matched = 0;
                for (int t : labelTerms) {
                    if (stream.contains(t)) {
                        covered += index.idf[t];
                        matched++;
                    }
                }
                float coverage = covered / index.idfSum[label];
                // One word may stand for a two-word label when the other word is a light verb.
                if (coverage < minCoverage || (matched < 2 && (labelTerms.length > 2 || coverage < SINGLE_WORD_COVERAGE))) {
                    continue;
                }
                int[] window = window(labelTerms, stream);
                if (window == null) {
                    continue;
                }
                int span = window[1] - window[0] + 1;
                if (span > matched * 3 + 2) {
                    continue;
                }
                out.add(new LabelHit(index, label, false, coverage, (float) matched / span,
                        stream.tokenIndex[window[0]], stream.tokenIndex[window[1]]));
            }
        }
    }

    /** Smallest stream window holding one occurrence of every label term (sorted, distinct) in the stream. */
    private static int[] window(int[] wanted, TermStream stream) {
        int need = 0;
        boolean[] present = new boolean[wanted.length];
        for (int w = 0; w < wanted.length; w++) {
            present[w] = stream.contains(wanted[w]);
            if (present[w]) {
                need++;
            }
        }
        int[] seen = new int[wanted.length];
        int have = 0;
        int best = Integer.MAX_VALUE;
        int[] result = null;
        int left = 0;
        for (int right = 0; right < stream.length; right++) {
            int w = indexOf(wanted, stream.terms[right]);
            if (w >= 0 && present[w] && seen[w]++ == 0) {
                have++;
            }
            while (have == need) {
                if (right - left < best) {
                    best = right - left;
                    result = new int[] {left, right};
                }
                int lw = indexOf(wanted, stream.terms[left]);
                if (lw >= 0 && present[lw] && --seen[lw] == 0) {
                    have--;
                }
                left++;
            }
        }
        return result;
    }

    private static int indexOf(int[] sorted, int term) {
        if (term < 0) {
            return -1;
        }
        int at = java.util.Arrays.binarySearch(sorted, term);
        return at >= 0 ? at : -1;
    }

    /** All hits of both kinds; partial hits that duplicate a verbatim hit of the same label are left out. */
    public static List<LabelHit> all(LabelIndex index, TermStream stream, List<Token> tokens, float minCoverage) {
        List<LabelHit> hits = new ArrayList<>();
        verbatim(index, stream, tokens, hits);
        int verbatimCount = hits.size();
        partial(index, stream, minCoverage, hits);
        if (verbatimCount > 0 && hits.size() > verbatimCount) {
            java.util.Set<Integer> exact = new java.util.HashSet<>();
            for (int i = 0; i < verbatimCount; i++) {
                exact.add(hits.get(i).label());
            }
            hits.removeIf(h -> !h.verbatim() && exact.contains(h.label()));
        }
        return hits;
    }
}
