package nl.vaardig.matching.scoring;

import java.util.Arrays;

/**
 * Collects the links of one skill, keeping the best credit per target skill. Offers are appended as they come and
 * merged once in {@link #build()} by sorting (m log m for m offers): a skill in a big skill group receives thousands
 * of offers, and looking each one up in the links gathered so far made the graph build quadratic.
 *
 * <p>The result is the one a lookup per offer gives: per target the highest credit, with the kind and detail of the
 * first offer that reached it; targets ordered by credit, highest first, ties in the order targets were first offered.
 */
final class LinkBuilder {
    private int[] skill = new int[8];
    private float[] credit = new float[8];
    private byte[] kind = new byte[8];
    private int[] detail = new int[8];
    private int size;

    void offer(int target, double c, RelationKind k, int d) {
        if (target < 0) {
            throw new IllegalArgumentException("target skill ordinal must be >= 0, was " + target);
        }
        if (!(c >= 0)) {
            throw new IllegalArgumentException("credit must be >= 0, was " + c);
        }
        if (size == skill.length) {
            skill = Arrays.copyOf(skill, size * 2);
            credit = Arrays.copyOf(credit, size * 2);
            kind = Arrays.copyOf(kind, size * 2);
            detail = Arrays.copyOf(detail, size * 2);
        }
        skill[size] = target;
        credit[size] = (float) (c + 0.0); // + 0.0 turns -0.0 into 0.0: build() orders by the float's bits
        kind[size] = (byte) k.ordinal();
        detail[size] = d;
        size++;
    }

    SkillGraph.Links build() {
        if (size == 0) {
            return SkillGraph.Links.EMPTY;
        }
        // offers grouped by target, each group in offer order: target in the high bits, offer index in the low ones
        long[] byTarget = new long[size];
        for (int i = 0; i < size; i++) {
            byTarget[i] = ((long) skill[i] << 32) | i;
        }
        Arrays.sort(byTarget);
        // then one entry per target: credit descending, ties by first offer (credits are >= 0, so their float bits
        // order like the values), pointing at the offer that gives the link
        long[] byCredit = new long[size];
        int[] bestOf = new int[size];
        int unique = 0;
        for (int g = 0; g < size; ) {
            int target = (int) (byTarget[g] >>> 32);
            int firstOffer = (int) byTarget[g];
            int bestOffer = firstOffer;
            int next = g + 1;
            while (next < size && (int) (byTarget[next] >>> 32) == target) {
                int offer = (int) byTarget[next];
                // strictly better only: among equal credits the earliest offer explains the link
                if (credit[offer] > credit[bestOffer]) {
                    bestOffer = offer;
                }
                next++;
            }
            bestOf[firstOffer] = bestOffer;
            byCredit[unique++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(credit[bestOffer])) << 32) | firstOffer;
            g = next;
        }
        Arrays.sort(byCredit, 0, unique);
        int[] s = new int[unique];
        float[] c = new float[unique];
        byte[] k = new byte[unique];
        int[] d = new int[unique];
        for (int i = 0; i < unique; i++) {
            int offer = bestOf[(int) byCredit[i]];
            s[i] = skill[offer];
            c[i] = credit[offer];
            k[i] = kind[offer];
            d[i] = detail[offer];
        }
        return new SkillGraph.Links(s, c, k, d);
    }
}
