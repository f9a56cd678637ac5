package nl.vaardig.matching.scoring;

import java.util.Arrays;

/**
 * A profile expanded once per request: for every skill a vacancy might ask, the best credit the profile earns for
 * it and which held skill earns it. Dense arrays over the taxonomy's skills make scoring a vacancy a few array
 * reads. Not thread-safe; {@link #load} reuses the arrays for another profile (searching people reloads one
 * instance per candidate).
 */
public final class PreparedProfile {

    private final SkillGraph graph;
    HeldSkills held;
    final float[] bestCredit;
    final int[] bestHeld;
    final int[] bestLink;
    private int[] touched;
    private int touchedCount;
    double heldWeight;
    /**
     * Reverse links restricted to this profile, for the relevance part: for a credited skill s, the held skills
     * that relate to it and their relation credits ({@code byHeld*[byStart[pos(s)] .. byStart[pos(s)+1])}).
     */
    final int[] position;
    int[] byStart = new int[257];
    int[] byHeld = new int[1024];
    float[] byCredit = new float[1024];
    /** Scratch per scored vacancy: best use of each held skill. */
    float[] use = new float[64];

    PreparedProfile(SkillGraph graph) {
        this.graph = graph;
        int n = graph.skillCount();
        bestCredit = new float[n];
        bestHeld = new int[n];
        bestLink = new int[n];
        position = new int[n];
        touched = new int[256];
    }

    /** Replaces the profile held by this instance. */
    PreparedProfile load(HeldSkills newHeld) {
        for (int i = 0; i < touchedCount; i++) {
            bestCredit[touched[i]] = 0f;
        }
        touchedCount = 0;
        this.held = newHeld;
        double u = 0;
        for (int h = 0; h < newHeld.size(); h++) {
            int t = newHeld.skills()[h];
            u += graph.specificity(t);
            float factor = (float) newHeld.holderFactors()[h];
            SkillGraph.Links links = graph.covers(t);
            int[] targets = links.skill();
            float[] credits = links.credit();
            for (int i = 0; i < targets.length; i++) {
                int s = targets[i];
                float c = credits[i] * factor;
                if (bestCredit[s] == 0f) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = s;
                }
                if (c > bestCredit[s]) {
                    bestCredit[s] = c;
                    bestHeld[s] = h;
                    bestLink[s] = i;
                }
            }
        }
        this.heldWeight = u;
        buildReverseLinks();
        if (use.length < newHeld.size()) {
            use = new float[newHeld.size()];
        }
        return this;
    }

    private void buildReverseLinks() {
        if (byStart.length < touchedCount + 1) {
            byStart = new int[touchedCount + 1];
        }
        for (int i = 0; i < touchedCount; i++) {
            position[touched[i]] = i;
            byStart[i + 1] = 0;
        }
        byStart[0] = 0;
        int total = 0;
        for (int h = 0; h < held.size(); h++) {
            for (int s : graph.covers(held.skills()[h]).skill()) {
                byStart[position[s] + 1]++;
                total++;
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            byStart[i + 1] += byStart[i];
        }
        if (byHeld.length < total) {
            byHeld = new int[total];
            byCredit = new float[total];
        }
        int[] fill = new int[touchedCount];
        for (int h = 0; h < held.size(); h++) {
            SkillGraph.Links links = graph.covers(held.skills()[h]);
            for (int i = 0; i < links.size(); i++) {
                int pos = position[links.skill()[i]];
                int at = byStart[pos] + fill[pos]++;
                byHeld[at] = h;
                byCredit[at] = links.credit()[i];
            }
        }
    }

    public HeldSkills held() {
        return held;
    }

    /** Skills this profile earns some credit for. */
    public int[] creditedSkills() {
        return Arrays.copyOf(touched, touchedCount);
    }

    /** Best credit for a required skill (0 when none of the held skills stands in for it). */
    public float credit(int requiredSkill) {
        return bestCredit[requiredSkill];
    }

    public boolean isEmpty() {
        return held == null || held.size() == 0;
    }
}
