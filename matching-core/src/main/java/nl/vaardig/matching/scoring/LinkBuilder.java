package nl.vaardig.matching.scoring;

import java.util.Arrays;

/**
 * Collects the links of one skill, keeping the best credit per target skill. Offers are appended as they come and
 * merged once in {@link #build(int[])} through a scratch array indexed by skill (linear in the offers, then a sort of
 * the distinct targets): looking each offer up in the links gathered so far was quadratic in a skill's link count.
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

    /** The links; allocates its own scratch (see {@link #build(int[])}). */
    SkillGraph.Links build() {
        int maxTarget = -1;
        for (int i = 0; i < size; i++) {
            maxTarget = Math.max(maxTarget, skill[i]);
        }
        int[] slot = new int[maxTarget + 1];
        Arrays.fill(slot, -1);
        return build(slot);
    }

    /**
     * The links, in one pass over the offers plus a sort of the distinct targets. {@code slot} is scratch indexed by
     * skill ordinal, -1 everywhere on entry and again on return, so one array serves every builder of a graph.
     */
    SkillGraph.Links build(int[] slot) {
        if (size == 0) {
            return SkillGraph.Links.EMPTY;
        }
        // distinct targets in the order first offered; best[u] is the offer that gives target u its link
        int[] best = new int[size];
        int unique = 0;
        for (int i = 0; i < size; i++) {
            int u = slot[skill[i]];
            if (u < 0) {
                slot[skill[i]] = unique;
                best[unique++] = i;
            } else if (credit[i] > credit[best[u]]) {
                // strictly better only: among equal credits the earliest offer explains the link
                best[u] = i;
            }
        }
        // credit descending, ties in first-offer order (credits are >= 0, so their float bits order like the values)
        long[] order = new long[unique];
        for (int u = 0; u < unique; u++) {
            order[u] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(credit[best[u]])) << 32) | u;
        }
        Arrays.sort(order);
        int[] s = new int[unique];
        float[] c = new float[unique];
        byte[] k = new byte[unique];
        int[] d = new int[unique];
        for (int i = 0; i < unique; i++) {
            int offer = best[(int) order[i]];
            s[i] = skill[offer];
            c[i] = credit[offer];
            k[i] = kind[offer];
            d[i] = detail[offer];
            slot[s[i]] = -1;
        }
        return new SkillGraph.Links(s, c, k, d);
    }
}
