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
    /**
     * A word this rare in ordinary prose ("pigs", "turbines") may stand for a two-word label on its own.
     * English only: the Dutch prose available (ESCO's partial Dutch descriptions) is too small to tell
     * rare words from everyday ones.
     */
    static final float RARE_IN_PROSE = 6.0f;
    /** Coverage from which a partial hit stands on its own, without an occupation to support it. */
    public static final float STRONG_COVERAGE = 0.5f;

    private static final class Scratch {
        int[] stamp = new int[0];
        int generation;
        int[] termMarks = new int[0];
        int termGeneration;
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
                    String key = index.singleWordKey[label];
                    if (key != null && !key.equals(LabelIndex.pluralStripped(tokens.get(fromToken).norm()))) {
                        continue;
                    }
                    out.add(new LabelHit(index, label, true, 1f, 1f, index.distinctTerms[label].length, fromToken,
                            stream.tokenIndex[j]));
                }
            }
        }
    }

    public static void partial(LabelIndex index, TermStream stream, float minCoverage, List<LabelHit> out) {
        partial(index, stream, minCoverage, null, out);
    }

    /**
     * Labels with {@code coverage >= minCoverage} (share of the label's idf mass present in the segment)
     * whose matched terms sit close together; below {@link #STRONG_COVERAGE} only when {@code keepWeak}
     * accepts the owner (skills an occupation makes likely). Candidates hold their label's rarest or second
     * rarest word; the postings carry enough neighbouring terms to discard most candidates without reading
     * the label.
     */
    public static void partial(LabelIndex index, TermStream stream, float minCoverage,
                               java.util.function.IntPredicate keepWeak, List<LabelHit> out) {
        int[] distinct = stream.distinctTerms();
        if (distinct.length < 1) {
            return;
        }
        Scratch s = prepare(index);
        stream.mark(s.termMarks, ++s.termGeneration);
        int[] marks = s.termMarks;
        int present = s.termGeneration;
        for (int term : distinct) {
            if (term >= index.pairLabels.length) {
                continue;
            }
            int[] labels = index.pairLabels[term];
            int[] others = index.pairOther[term];
            for (int i = 0; i < labels.length; i++) {
                int other = others[i];
                // One word may stand for a two-word label when the other word is a light verb (~other).
                if (other < 0 || (other < marks.length && marks[other] == present)) {
                    consider(index, labels[i], stream, minCoverage, keepWeak, out);
                }
            }
        }
        int generation = s.generation;
        int[] stamp = s.stamp;
        for (int term : distinct) {
            if (term >= index.candidates.length) {
                continue;
            }
            int[] firsts = index.candidates[term];
            int[] second = index.candidateSecond[term];
            int[] thirdOfFirst = index.candidateThird[term];
            float[] firstShares = index.candidateShares[term];
            for (int i = 0; i < firsts.length; i++) {
                int t2 = second[i];
                int t3 = thirdOfFirst[i];
                boolean has2 = t2 < marks.length && marks[t2] == present;
                boolean has3 = t3 < marks.length && marks[t3] == present;
                if (!has2 && !has3) {
                    continue; // the rarest word alone, or with only the commonest words of a long label
                }
                float s1 = firstShares[3 * i];
                float s2 = firstShares[3 * i + 1];
                float s3 = firstShares[3 * i + 2];
                // The three rarest words carry most of a label: without enough of them, the rest cannot help.
                if (s1 + (has2 ? s2 : 0f) + (has3 ? s3 : 0f) < minCoverage) {
                    continue;
                }
                int label = firsts[i];
                if (stamp[label] != generation) {
                    stamp[label] = generation;
                    consider(index, label, stream, minCoverage, keepWeak, out);
                }
            }
            int[] labels = index.secondLabels[term];
            int[] rarest = index.secondRarest[term];
            int[] third = index.secondThird[term];
            float[] shares = index.secondShares[term];
            for (int i = 0; i < labels.length; i++) {
                int r = rarest[i];
                if (r < marks.length && marks[r] == present) {
                    continue; // reached through its rarest word
                }
                int t3 = third[i];
                if (t3 >= marks.length || marks[t3] != present) {
                    continue; // without its rarest word, a label needs its second and third
                }
                if (shares[3 * i + 1] + shares[3 * i + 2] < minCoverage) {
                    continue;
                }
                int label = labels[i];
                if (stamp[label] != generation) {
                    stamp[label] = generation;
                    consider(index, label, stream, minCoverage, keepWeak, out);
                }
            }
        }
    }

    private static void consider(LabelIndex index, int label, TermStream stream, float minCoverage,
                                 java.util.function.IntPredicate keepWeak, List<LabelHit> out) {
        int[] labelTerms = index.distinctTerms[label];
        float idfSum = index.idfSum[label];
        float covered = 0f;
        int matched = 0;
        for (int term : labelTerms) {
            if (stream.contains(term)) {
                covered += index.idf[term];
                matched++;
            }
        }
        float coverage = covered / idfSum;
        if (coverage < minCoverage
                || (keepWeak != null && coverage < STRONG_COVERAGE && !keepWeak.test(index.owner[label]))) {
            return;
        }
        if (matched < 2 && (labelTerms.length > 2 || (coverage < SINGLE_WORD_COVERAGE && !rareWordPresent(index, labelTerms, stream)))) {
            return;
        }
        int[] window = window(labelTerms, stream);
        if (window == null) {
            return;
        }
        int span = window[1] - window[0] + 1;
        if (span > matched * 3 + 2) {
            return;
        }
        out.add(new LabelHit(index, label, false, coverage, (float) matched / span, matched,
                stream.tokenIndex[window[0]], stream.tokenIndex[window[1]]));
    }

    private static Scratch prepare(LabelIndex index) {
        Scratch s = SCRATCH.get();
        if (s.stamp.length < index.size()) {
            s.stamp = new int[index.size()];
            s.generation = 0;
        }
        if (++s.generation == Integer.MAX_VALUE) {
            java.util.Arrays.fill(s.stamp, 0);
            s.generation = 1;
        }
        if (s.termMarks.length < index.idf.length) {
            s.termMarks = new int[index.idf.length];
            s.termGeneration = 0;
        }
        return s;
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

    private static boolean rareWordPresent(LabelIndex index, int[] labelTerms, TermStream stream) {
        for (int term : labelTerms) {
            if (index.namespace == Namespace.EN && stream.contains(term) && term < index.background.length
                    && index.background[term] >= RARE_IN_PROSE) {
                return true;
            }
        }
        return false;
    }

    /** Labels have a handful of words: a linear scan beats a binary search here. */
    private static int indexOf(int[] terms, int term) {
        if (term < 0) {
            return -1;
        }
        for (int i = 0; i < terms.length; i++) {
            if (terms[i] == term) {
                return i;
            }
        }
        return -1;
    }

    private static boolean verbatimLabel(List<LabelHit> hits, int verbatimCount, int label) {
        for (int i = 0; i < verbatimCount; i++) {
            if (hits.get(i).label() == label) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verbatim hits and, when asked, partial hits; partial hits that duplicate a verbatim hit of the same label
     * are left out.
     */
    public static List<LabelHit> all(LabelIndex index, TermStream stream, List<Token> tokens, float minCoverage,
                                     java.util.function.IntPredicate keepWeak, boolean withPartial) {
        List<LabelHit> hits = new ArrayList<>();
        verbatim(index, stream, tokens, hits);
        int verbatimCount = hits.size();
        if (withPartial) {
            partial(index, stream, minCoverage, keepWeak, hits);
        }
        if (verbatimCount > 0 && hits.size() > verbatimCount) {
            // a sentence has a handful of verbatim hits: a scan beats a set of boxed labels
            hits.subList(verbatimCount, hits.size()).removeIf(h -> verbatimLabel(hits, verbatimCount, h.label()));
        }
        return hits;
    }
}
