package nl.vaardig.taxonomy.dutch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * IBM model 1 word translation probabilities t(target | source) learnt by EM from sentence pairs (Brown et al. 1993),
 * with a NULL source word. Trained once per direction; {@link #viterbi} gives each target word its most probable
 * source word.
 */
final class WordAligner {

    private final Map<Long, Integer> index = new HashMap<>();
    private double[] probability = new double[0];

    /** Sentences are id arrays of one {@link Vocabulary} per side; {@code weights} count a pair several times. */
    static WordAligner train(List<int[]> sources, List<int[]> targets, int[] weights, int iterations) {
        var aligner = new WordAligner();
        // every (source incl. NULL, target) co-occurrence gets a slot; sentences keep their slot numbers
        var slots = new ArrayList<int[]>(sources.size());
        var sourceOf = new ArrayList<Integer>();
        for (int s = 0; s < sources.size(); s++) {
            int[] src = sources.get(s);
            int[] tgt = targets.get(s);
            int[] sentence = new int[(src.length + 1) * tgt.length];
            int k = 0;
            for (int f : tgt) {
                for (int e = -1; e < src.length; e++) {
                    int source = e < 0 ? Vocabulary.NULL : src[e];
                    long key = key(source, f);
                    Integer slot = aligner.index.get(key);
                    if (slot == null) {
                        slot = aligner.index.size();
                        aligner.index.put(key, slot);
                        sourceOf.add(source);
                    }
                    sentence[k++] = slot;
                }
            }
            slots.add(sentence);
        }
        int n = aligner.index.size();
        int[] source = new int[n];
        int maxSource = 0;
        for (int i = 0; i < n; i++) {
            source[i] = sourceOf.get(i);
            maxSource = Math.max(maxSource, source[i]);
        }
        double[] t = new double[n];
        java.util.Arrays.fill(t, 1.0);
        double[] count = new double[n];
        double[] total = new double[maxSource + 1];
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(count, 0);
            java.util.Arrays.fill(total, 0);
            for (int s = 0; s < slots.size(); s++) {
                int[] sentence = slots.get(s);
                int width = sources.get(s).length + 1;
                double w = weights[s];
                for (int k = 0; k < sentence.length; k += width) {
                    double z = 0;
                    for (int e = 0; e < width; e++) {
                        z += t[sentence[k + e]];
                    }
                    for (int e = 0; e < width; e++) {
                        int slot = sentence[k + e];
                        double c = w * t[slot] / z;
                        count[slot] += c;
                        total[source[slot]] += c;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                t[i] = count[i] / total[source[i]];
            }
        }
        aligner.probability = t;
        return aligner;
    }

    double t(int source, int target) {
        Integer slot = index.get(key(source, target));
        return slot == null ? 0 : probability[slot];
    }

    /** For each target position, the aligned source position, or -1 for NULL. */
    int[] viterbi(int[] src, int[] tgt) {
        int[] out = new int[tgt.length];
        for (int j = 0; j < tgt.length; j++) {
            double best = t(Vocabulary.NULL, tgt[j]);
            out[j] = -1;
            for (int i = 0; i < src.length; i++) {
                // a small pull towards the diagonal breaks ties between repeated words
                double p = t(src[i], tgt[j]) * (1.0 - 0.01 * Math.abs((double) i / src.length - (double) j / tgt.length));
                if (p > best) {
                    best = p;
                    out[j] = i;
                }
            }
        }
        return out;
    }

    private static long key(int source, int target) {
        return ((long) source << 32) | (target & 0xffffffffL);
    }
}
