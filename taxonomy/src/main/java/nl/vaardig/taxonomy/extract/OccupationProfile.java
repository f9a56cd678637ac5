package nl.vaardig.taxonomy.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The skills the detected occupations list, asked per skill: a binary search in each occupation's sorted skill
 * lists instead of a map or a flag per ESCO skill built for every text (at most three occupations, ~14k skills).
 */
final class OccupationProfile {

    private final int[][] essential;
    private final int[][] optional;
    private final double[] confidence;

    private OccupationProfile(int[][] essential, int[][] optional, double[] confidence) {
        this.essential = essential;
        this.optional = optional;
        this.confidence = confidence;
    }

    /** @param model whose occupation skill lists are sorted ({@link ExtractionModel}) */
    static OccupationProfile of(List<OccupationDetection.Found> found, ExtractionModel model) {
        int n = found.size();
        int[][] essential = new int[n][];
        int[][] optional = new int[n][];
        double[] confidence = new double[n];
        for (int i = 0; i < n; i++) {
            OccupationDetection.Found f = found.get(i);
            essential[i] = model.occupationEssential[f.occupation()];
            optional[i] = model.occupationOptional[f.occupation()];
            confidence[i] = f.confidence();
        }
        return new OccupationProfile(essential, optional, confidence);
    }

    /** No detected occupation lists any skill. */
    boolean isEmpty() {
        for (int i = 0; i < confidence.length; i++) {
            if (essential[i].length > 0 || optional[i].length > 0) {
                return false;
            }
        }
        return true;
    }

    boolean lists(int skill) {
        for (int i = 0; i < confidence.length; i++) {
            if (Arrays.binarySearch(essential[i], skill) >= 0 || Arrays.binarySearch(optional[i], skill) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The occupation prior: the best confidence of an occupation listing the skill, halved where it is optional; 0 if none. */
    double prior(int skill) {
        double best = 0;
        for (int i = 0; i < confidence.length; i++) {
            if (Arrays.binarySearch(essential[i], skill) >= 0) {
                best = Math.max(best, confidence[i]);
            } else if (Arrays.binarySearch(optional[i], skill) >= 0) {
                best = Math.max(best, 0.5 * confidence[i]);
            }
        }
        return best;
    }

    /** True where an occupation lists the skill as essential, false where only as optional, null where none lists it. */
    Boolean essential(int skill) {
        Boolean out = null;
        for (int i = 0; i < confidence.length; i++) {
            if (Arrays.binarySearch(essential[i], skill) >= 0) {
                return true;
            }
            if (Arrays.binarySearch(optional[i], skill) >= 0) {
                out = false;
            }
        }
        return out;
    }
}
