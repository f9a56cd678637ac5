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
     * When searching people, only the vacancy's skills are ever read: {@code wanted[s] == wantedStamp} marks them (once
     * each, however often asked) while {@link #indexRequirements} lists the links and evidence entries toward them.
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
    /**
     * Per requirement set (searching people), built once per search by {@link #indexRequirements}: for a skill t that
     * earns credit or lends evidence toward one of the vacancy's skills ({@code relStamp[t] == wantedStamp}), the
     * indices of those links in {@code graph.covers(t)} ({@code relLinks[relLinkFrom[t] .. relLinkTo[t])}) and the
     * positions of those stand-in entries in {@link SkillEvidence} ({@code relEvidence[relEvidenceFrom[t] ..
     * relEvidenceTo[t])}), both ascending: the order in which a walk over t's whole lists meets them. A candidate then
     * reads only its held skills' entries that matter, not their whole lists. Allocated on first use.
     */
    private int[] relStamp;
    private int[] relLinkFrom;
    private int[] relLinkTo;
    private int[] relEvidenceFrom;
    private int[] relEvidenceTo;
    private int[] relLinks = new int[256];
    private int[] relEvidence = new int[1024];
    private long[] pairScratch = new long[256];
    private long[] evidenceScratch = new long[1024];
    /** Searching people: the last holder factor seen per skill (0 = none yet) and its evidence cap. */
    private double[] capFactor;
    private double[] capValue;
    private int[] fillScratch = new int[256];

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
            indexRequirements(r);
            wantedFor = r;
        }
        restricted = true;
        return expand(newHeld);
    }

    /** Marks the skills {@code r} asks and lists, per skill related to them, the links and evidence entries toward them. */
    private void indexRequirements(Requirements r) {
        if (relStamp == null) {
            int n = graph.skillCount();
            relStamp = new int[n];
            relLinkFrom = new int[n];
            relLinkTo = new int[n];
            relEvidenceFrom = new int[n];
            relEvidenceTo = new int[n];
            capFactor = new double[n];
            capValue = new double[n];
        }
        if (wantedStamp == Integer.MAX_VALUE) {
            Arrays.fill(wanted, 0);
            Arrays.fill(relStamp, 0);
            wantedStamp = 0;
        }
        wantedStamp++;
        SkillEvidence ev = graph.evidence();
        int links = 0;
        int entries = 0;
        for (int s : r.skills()) {
            if (wanted[s] == wantedStamp) {
                continue; // asked twice
            }
            wanted[s] = wantedStamp;
            for (int k = ev.byRequiredStart(s); k < ev.byRequiredEnd(s); k++) {
                entries = addEvidence(entries, ev.byRequiredHeld(k), ev.byRequiredAt(k));
            }
            for (int t : graph.standIns(s).skill()) {
                int[] targets = graph.covers(t).skill();
                for (int i = 0; i < targets.length; i++) {
                    if (targets[i] == s) {
                        links = addPair(links, t, i);
                        break;
                    }
                }
            }
        }
        relLinks = group(pairScratch, links, relLinks, relLinkFrom, relLinkTo);
        relEvidence = group(evidenceScratch, entries, relEvidence, relEvidenceFrom, relEvidenceTo);
    }

    private int addPair(int count, int held, int value) {
        if (count == pairScratch.length) {
            pairScratch = Arrays.copyOf(pairScratch, count * 2);
        }
        pairScratch[count] = (long) held << 32 | value;
        return count + 1;
    }

    private int addEvidence(int count, int held, int value) {
        if (count == evidenceScratch.length) {
            evidenceScratch = Arrays.copyOf(evidenceScratch, count * 2);
        }
        evidenceScratch[count] = (long) held << 32 | value;
        return count + 1;
    }

    /**
     * Sorts the first {@code count} (held skill, value) pairs and stores the values per held skill (ascending) into
     * {@code into}, with their ranges in {@code from} / {@code to}; returns {@code into} or a larger copy.
     */
    private int[] group(long[] pairs, int count, int[] into, int[] from, int[] to) {
        Arrays.sort(pairs, 0, count);
        if (into.length < count) {
            into = new int[Math.max(count, into.length * 2)];
        }
        for (int k = 0; k < count; k++) {
            int t = (int) (pairs[k] >>> 32);
            into[k] = (int) pairs[k];
            if (relStamp[t] != wantedStamp) {
                relStamp[t] = wantedStamp;
                relLinkFrom[t] = relLinkTo[t] = relEvidenceFrom[t] = relEvidenceTo[t] = 0;
            }
            if (k == 0 || (int) (pairs[k - 1] >>> 32) != t) {
                from[t] = k;
            }
            to[t] = k + 1;
        }
        return into;
    }

    /** How many of held skill t's links ({@link SkillGraph#covers}) to read: all, or those toward the vacancy's skills. */
    private int linkCount(int t) {
        if (!restricted) {
            return graph.covers(t).size();
        }
        return relStamp[t] == wantedStamp ? relLinkTo[t] - relLinkFrom[t] : 0;
    }

    /** Index into {@code graph.covers(t)} of the j-th link to read. */
    private int linkAt(int t, int j) {
        return restricted ? relLinks[relLinkFrom[t] + j] : j;
    }

    /** How many of held skill t's stand-in entries ({@link SkillEvidence}) to read. */
    private int evidenceCount(int t) {
        if (!restricted) {
            return graph.evidence().standInEnd(t) - graph.evidence().standInStart(t);
        }
        return relStamp[t] == wantedStamp ? relEvidenceTo[t] - relEvidenceFrom[t] : 0;
    }

    /** Position in {@link SkillEvidence} of the j-th stand-in entry of t to read. */
    private int evidenceAt(int t, int j) {
        return restricted ? relEvidence[relEvidenceFrom[t] + j] : graph.evidence().standInStart(t) + j;
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
            for (int j = 0, m = linkCount(t); j < m; j++) {
                int i = linkAt(t, j);
                offer(targets[i], credits[i] * factor, h, i);
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
        HeldSkillTerms terms = graph.heldTerms();
        for (int h = 0; h < n; h++) {
            int t = held.skills()[h];
            heldAt[t] = h + 1;
            backgroundTerm[h] = terms.backgroundTerm[t];
            evidenceCap[h] = evidenceCap(t, held.holderFactors()[h], ew.own(), terms);
            reuseWeight[h] = terms.reuseWeight[t];
            evidenceNorm += reuseWeight[h] * evidenceCap[h];
            for (int j = 0, m = evidenceCount(t); j < m; j++) {
                int s = ev.standInFor(evidenceAt(t, j));
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
            for (int j = 0, m = evidenceCount(t); j < m; j++) {
                evidenceStart[evidencePosition[ev.standInFor(evidenceAt(t, j))]]++;
            }
        }
        for (int i = 0; i < evidenceTouchedCount; i++) {
            evidenceStart[i + 1] += evidenceStart[i];
        }
        if (evidenceHeld.length < total) {
            evidenceHeld = new int[total];
            evidenceProbability = new float[total];
        }
        int[] fill = fillScratch(evidenceTouchedCount);
        System.arraycopy(evidenceStart, 0, fill, 0, evidenceTouchedCount);
        for (int h = 0; h < n; h++) {
            int t = held.skills()[h];
            float factor = (float) held.holderFactors()[h];
            for (int j = 0, m = evidenceCount(t); j < m; j++) {
                int at = evidenceAt(t, j);
                int k = fill[evidencePosition[ev.standInFor(at)] - 1]++;
                evidenceHeld[k] = h;
                evidenceProbability[k] = (float) (ew.standInWeight(ev.standInProbability(at), ev.coOccurrenceProbability(at)) * factor);
            }
        }
    }

    /**
     * The cap of a held skill's evidence, {@code log1p(own × factor / capDenominator[t])}; searching people
     * remembers the last one per skill (holder factors take a few values, and the same skills recur across candidates).
     */
    private double evidenceCap(int t, double factor, double own, HeldSkillTerms terms) {
        if (!restricted) {
            return Math.log1p(own * factor / terms.capDenominator[t]);
        }
        if (capFactor[t] != factor) {
            capFactor[t] = factor;
            capValue[t] = Math.log1p(own * factor / terms.capDenominator[t]);
        }
        return capValue[t];
    }

    private int[] fillScratch(int size) {
        if (fillScratch.length < size) {
            fillScratch = new int[Math.max(size, fillScratch.length * 2)];
        }
        return fillScratch;
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
            int t = held.skills()[h];
            int[] targets = graph.covers(t).skill();
            for (int j = 0, m = linkCount(t); j < m; j++) {
                byStart[position[targets[linkAt(t, j)]] + 1]++;
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
        int[] fill = fillScratch(touchedCount);
        Arrays.fill(fill, 0, touchedCount, 0);
        for (int h = 0; h < held.size(); h++) {
            int t = held.skills()[h];
            SkillGraph.Links links = graph.covers(t);
            for (int j = 0, m = linkCount(t); j < m; j++) {
                int i = linkAt(t, j);
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

    /** Whether the profile holds the skill itself (not only a skill that stands in for it). */
    public boolean holds(int skill) {
        return heldAt[skill] > 0;
    }

    /** Best credit for a required skill (0 when none of the held skills stands in for it). */
    public float credit(int requiredSkill) {
        return bestCredit[requiredSkill];
    }

    public boolean isEmpty() {
        return held == null || held.size() == 0;
    }
}
