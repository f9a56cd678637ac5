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
    /** Index into the held skill's {@link SkillGraph#covers} links, or {@code -1 - group} for skill-group kinship. */
    final int[] bestLink;
    private int[] touched;
    private int touchedCount;
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
    /**
     * Evidence (see {@link SkillEvidence}): {@code heldAt[s]} is 1 + the held index of skill s (0 when not held);
     * for a required skill s with {@code evidencePosition[s] > 0}, the held skills that stand in for it and their
     * weighted stand-in probabilities ({@link EvidenceWeights#standInWeight}) are {@code evidenceHeld/evidenceProbability[evidenceStart[pos-1] .. evidenceStart[pos])}.
     */
    final int[] heldAt;
    final int[] evidencePosition;
    private int[] evidenceTouched = new int[256];
    private int evidenceTouchedCount;
    int[] evidenceStart = new int[257];
    int[] evidenceHeld = new int[1024];
    float[] evidenceProbability = new float[1024];
    /** Per held skill: background term and the cap of its evidence; their sum of caps normalises relevance. */
    double[] backgroundTerm = new double[64];
    double[] evidenceCap = new double[64];
    /** Per held skill: its ESCO reuse-level factor ({@link MatchWeights#reuseFactor}): transversal skills count little. */
    double[] reuseWeight = new double[64];
    double evidenceNorm;
    /** Scratch per scored vacancy: requirement mass asking each held skill as such, and as a stand-in. */
    double[] ownMass = new double[64];
    double[] standInMass = new double[64];
    /**
     * When searching people, only the vacancy's skills are ever read: {@code wanted[s] == wantedStamp} marks them and
     * the expansion skips every other target (a held skill's links fan out over its whole skill group).
     */
    private final int[] wanted;
    /**
     * The held skills in each kin group ({@link SkillKinship}): {@code kinHead[g]} (valid when {@code kinStamp[g] ==
     * loadStamp}) is the first entry of a list through {@code kinHeld} / {@code kinNext}. Lets kinship be tested from the
     * vacancy's side: a requirement's few groups instead of every member of every held skill's groups.
     */
    private final int[] kinHead;
    private final int[] kinStamp;
    private int loadStamp;
    int[] kinHeld = new int[64];
    int[] kinNext = new int[64];
    private int wantedStamp;
    private Requirements wantedFor;
    private boolean restricted;

    PreparedProfile(SkillGraph graph) {
        this.graph = graph;
        int n = graph.skillCount();
        bestCredit = new float[n];
        bestHeld = new int[n];
        bestLink = new int[n];
        position = new int[n];
        touched = new int[256];
        heldAt = new int[n];
        evidencePosition = new int[n];
        wanted = new int[n];
        kinHead = new int[graph.kinship().groupCount()];
        kinStamp = new int[graph.kinship().groupCount()];
    }

    /** Replaces the profile held by this instance. */
    PreparedProfile load(HeldSkills newHeld) {
        restricted = false;
        return expand(newHeld);
    }

    /**
     * Replaces the profile, expanded only toward the skills {@code r} asks: scoring and explaining against {@code r}
     * read nothing else, so they give what {@link #load} gives, at a fraction of the work per candidate.
     */
    PreparedProfile loadFor(HeldSkills newHeld, Requirements r) {
        if (r != wantedFor) {
            if (wantedStamp == Integer.MAX_VALUE) {
                Arrays.fill(wanted, 0);
                wantedStamp = 0;
            }
            wantedStamp++;
            for (int s : r.skills()) {
                wanted[s] = wantedStamp;
            }
            wantedFor = r;
        }
        restricted = true;
        return expand(newHeld);
    }

    private boolean wanted(int skill) {
        return !restricted || wanted[skill] == wantedStamp;
    }

    private PreparedProfile expand(HeldSkills newHeld) {
        for (int i = 0; i < touchedCount; i++) {
            bestCredit[touched[i]] = 0f;
        }
        if (held != null) {
            for (int h = 0; h < held.size(); h++) {
                heldAt[held.skills()[h]] = 0;
            }
        }
        touchedCount = 0;
        this.held = newHeld;
        indexKinGroups();
        SkillKinship kinship = graph.kinship();
        for (int h = 0; h < newHeld.size(); h++) {
            int t = newHeld.skills()[h];
            float factor = (float) newHeld.holderFactors()[h];
            SkillGraph.Links links = graph.covers(t);
            int[] targets = links.skill();
            float[] credits = links.credit();
            for (int i = 0; i < targets.length; i++) {
                int s = targets[i];
                if (wanted(s)) {
                    offer(s, credits[i] * factor, h, i);
                }
            }
            if (!restricted) {
                for (int g : kinship.groups(t)) {
                    float c = kinship.credit(g) * factor;
                    for (int s : kinship.members(g)) {
                        if (s != t) {
                            offer(s, c, h, -1 - g);
                        }
                    }
                }
            }
        }
        if (restricted) {
            // from the vacancy's side: its skills' groups, and the held skills in them
            for (int s : wantedFor.skills()) {
                for (int g : kinship.groups(s)) {
                    if (kinStamp[g] != loadStamp) {
                        continue;
                    }
                    for (int k = kinHead[g]; k >= 0; k = kinNext[k]) {
                        int h = kinHeld[k];
                        if (held.skills()[h] != s) {
                            offer(s, kinship.credit(g) * (float) held.holderFactors()[h], h, -1 - g);
                        }
                    }
                }
            }
        }
        buildReverseLinks();
        if (use.length < newHeld.size()) {
            use = new float[newHeld.size()];
        }
        loadEvidence();
        return this;
    }

    /**
     * Held skill {@code h} earns credit {@code c} for skill {@code s} through {@code link}. The best credit wins, and
     * among equal credits the first held skill: the order of the offers does not matter.
     */
    private void offer(int s, float c, int h, int link) {
        if (bestCredit[s] == 0f) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = s;
        } else if (c < bestCredit[s] || (c == bestCredit[s] && h >= bestHeld[s])) {
            return;
        }
        bestCredit[s] = c;
        bestHeld[s] = h;
        bestLink[s] = link;
    }

    private void indexKinGroups() {
        if (loadStamp == Integer.MAX_VALUE) {
            Arrays.fill(kinStamp, 0);
            loadStamp = 0;
        }
        loadStamp++;
        SkillKinship kinship = graph.kinship();
        int entries = 0;
        for (int h = held.size() - 1; h >= 0; h--) {
            for (int g : kinship.groups(held.skills()[h])) {
                if (entries == kinHeld.length) {
                    kinHeld = Arrays.copyOf(kinHeld, entries * 2);
                    kinNext = Arrays.copyOf(kinNext, entries * 2);
                }
                kinHeld[entries] = h;
                kinNext[entries] = kinStamp[g] == loadStamp ? kinHead[g] : -1;
                kinHead[g] = entries++;
                kinStamp[g] = loadStamp;
            }
        }
    }

    /** First entry of the held skills in kin group {@code g} ({@code kinHeld} / {@code kinNext}), or -1. */
    int kinHolders(int g) {
        return kinStamp[g] == loadStamp ? kinHead[g] : -1;
    }

    private void loadEvidence() {
        SkillEvidence ev = graph.evidence();
        EvidenceWeights ew = graph.evidenceWeights();
        for (int i = 0; i < evidenceTouchedCount; i++) {
            evidencePosition[evidenceTouched[i]] = 0;
        }
        evidenceTouchedCount = 0;
        int n = held.size();
        if (backgroundTerm.length < n) {
            backgroundTerm = new double[n];
            evidenceCap = new double[n];
            reuseWeight = new double[n];
            ownMass = new double[n];
            standInMass = new double[n];
        }
        evidenceNorm = 0;
        int total = 0;
        for (int h = 0; h < n; h++) {
            int t = held.skills()[h];
            heldAt[t] = h + 1;
            backgroundTerm[h] = ew.background()
                    * ((1 - ew.uniformBackground()) * ev.background(t) + ew.uniformBackground() / graph.skillCount());
            evidenceCap[h] = Math.log1p(ew.own() * held.holderFactors()[h] / (ew.spread(ew.referenceMass()) * backgroundTerm[h]));
            reuseWeight[h] = graph.weights().reuseFactor().get(graph.skill(t).reuseLevel());
            evidenceNorm += reuseWeight[h] * evidenceCap[h];
            for (int at = ev.standInStart(t); at < ev.standInEnd(t); at++) {
                int s = ev.standInFor(at);
                if (!wanted(s)) {
                    continue;
                }
                if (evidencePosition[s] == 0) {
                    if (evidenceTouchedCount == evidenceTouched.length) {
                        evidenceTouched = Arrays.copyOf(evidenceTouched, evidenceTouchedCount * 2);
                    }
                    evidenceTouched[evidenceTouchedCount++] = s;
                    evidencePosition[s] = evidenceTouchedCount;
                }
                total++;
            }
        }
        if (evidenceStart.length < evidenceTouchedCount + 1) {
            evidenceStart = new int[evidenceTouchedCount + 1];
        }
        Arrays.fill(evidenceStart, 0, evidenceTouchedCount + 1, 0);
        for (int h = 0; h < n; h++) {
            int t = held.skills()[h];
            for (int at = ev.standInStart(t); at < ev.standInEnd(t); at++) {
                if (wanted(ev.standInFor(at))) {
                    evidenceStart[evidencePosition[ev.standInFor(at)]]++;
                }
            }
        }
        for (int i = 0; i < evidenceTouchedCount; i++) {
            evidenceStart[i + 1] += evidenceStart[i];
        }
        if (evidenceHeld.length < total) {
            evidenceHeld = new int[total];
            evidenceProbability = new float[total];
        }
        int[] fill = Arrays.copyOf(evidenceStart, evidenceTouchedCount);
        for (int h = 0; h < n; h++) {
            int t = held.skills()[h];
            float factor = (float) held.holderFactors()[h];
            for (int at = ev.standInStart(t); at < ev.standInEnd(t); at++) {
                if (!wanted(ev.standInFor(at))) {
                    continue;
                }
                int k = fill[evidencePosition[ev.standInFor(at)] - 1]++;
                evidenceHeld[k] = h;
                evidenceProbability[k] = (float) (ew.standInWeight(ev.standInProbability(at), ev.coOccurrenceProbability(at)) * factor);
            }
        }
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
                if (!wanted(s)) {
                    continue;
                }
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
                if (!wanted(links.skill()[i])) {
                    continue;
                }
                int pos = position[links.skill()[i]];
                int at = byStart[pos] + fill[pos]++;
                byHeld[at] = h;
                byCredit[at] = links.credit()[i];
            }
        }
    }

    SkillGraph graph() {
        return graph;
    }

    public HeldSkills held() {
        return held;
    }

    /** Skills this profile earns some credit for (after {@link #loadFor}: among the vacancy's skills only). */
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
