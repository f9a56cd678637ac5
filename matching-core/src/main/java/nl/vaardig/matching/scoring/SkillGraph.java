package nl.vaardig.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.Occupation;
import nl.vaardig.taxonomy.model.RelationType;
import nl.vaardig.taxonomy.model.ReuseLevel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * What matching needs to know about skills, precomputed once per taxonomy and weights: the specificity weight of
 * every skill, and for every skill a person may hold the skills it can stand in for ("covers"), with the credit,
 * the relation kind and the detail that explains it. Also the reverse ("stand-ins" for a required skill), used
 * when searching people for a vacancy. Skills are addressed by the taxonomy's dense ordinals. Immutable.
 *
 * <p>Co-occurrence is computed from ESCO's occupation–skill relations: two skills co-occur when occupations ask
 * for both; the association is the cosine {@code n(a∧b)/√(n(a)·n(b))} over occupations, and a skill keeps only
 * its strongest few partners (see {@link MatchWeights}).
 */
public final class SkillGraph {

    private final Taxonomy taxonomy;
    private final MatchWeights weights;
    private final double[] specificity;
    private final Links[] covers;
    private final Links[] standIns;
    private final int[][] occupationSkills;
    private final SkillEvidence evidence;
    private final SkillKinship kinship;
    private final EvidenceWeights evidenceWeights;
    /** Per skill, what a profile holding it needs for the relevance part (see {@link HeldSkillTerms}). */
    private final HeldSkillTerms heldTerms;

    /** Links of one skill: parallel arrays, strongest credit first. {@code detail} is the shared parent or count. */
    public record Links(int[] skill, float[] credit, byte[] kind, int[] detail) {
        static final Links EMPTY = new Links(new int[0], new float[0], new byte[0], new int[0]);
        /** {@code values()} copies its array on every call; explanations read a kind per link. */
        private static final RelationKind[] KINDS = RelationKind.values();

        public int size() {
            return skill.length;
        }

        public RelationKind kindAt(int i) {
            return KINDS[kind[i]];
        }
    }

    private SkillGraph(Taxonomy taxonomy, MatchWeights weights, EvidenceWeights evidenceWeights) {
        this(taxonomy, weights, evidenceWeights, false);
    }

    /**
     * @param materialiseKinship store group siblings as links (the former representation, kept as the reference that
     *                           {@code KinshipEquivalenceTest} compares the on-the-fly kinship with)
     */
    private SkillGraph(Taxonomy taxonomy, MatchWeights weights, EvidenceWeights evidenceWeights, boolean materialiseKinship) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.evidenceWeights = Objects.requireNonNull(evidenceWeights, "evidenceWeights");
        int n = taxonomy.skillCount();
        this.occupationSkills = occupationSkillOrdinals(taxonomy);
        int[][] skillOccupations = invert(occupationSkills, n);

        this.specificity = new double[n];
        double maxIdf = 0;
        for (int i = 0; i < n; i++) {
            maxIdf = Math.max(maxIdf, taxonomy.specificityAt(i));
        }
        for (int i = 0; i < n; i++) {
            ReuseLevel reuse = taxonomy.skillAt(i).reuseLevel();
            double idf = maxIdf == 0 ? 1 : taxonomy.specificityAt(i) / maxIdf;
            specificity[i] = weights.reuseFactor().get(reuse) * (weights.idfFloor() + (1 - weights.idfFloor()) * idf);
        }

        var builders = new LinkBuilder[n];
        for (int i = 0; i < n; i++) {
            builders[i] = new LinkBuilder();
        }
        int[][] broader = new int[n][];
        int[][] narrower = new int[n][];
        var groupMembers = new java.util.HashMap<SkillGroupUri, int[]>();
        var groupId = new java.util.HashMap<SkillGroupUri, Integer>();
        var kinMembers = new ArrayList<int[]>();
        var kinCredit = new ArrayList<Float>();
        var groupsOf = new ArrayList<List<Integer>>(n);
        for (int i = 0; i < n; i++) {
            broader[i] = ordinals(taxonomy.broaderSkills(taxonomy.skillAt(i).uri()));
            narrower[i] = ordinals(taxonomy.narrowerSkills(taxonomy.skillAt(i).uri()));
        }
        for (int t = 0; t < n; t++) {
            groupsOf.add(new ArrayList<>(2));
        }
        for (int t = 0; t < n; t++) {
            LinkBuilder b = builders[t];
            b.offer(t, weights.credit(RelationKind.SAME), RelationKind.SAME, -1);
            for (int up : broader[t]) {
                b.offer(up, weights.credit(RelationKind.NARROWER_HELD), RelationKind.NARROWER_HELD, -1);
                if (narrower[up].length <= weights.maxSiblingGroup()) {
                    for (int sib : narrower[up]) {
                        if (sib != t) {
                            b.offer(sib, weights.credit(RelationKind.SIBLING), RelationKind.SIBLING, up);
                        }
                    }
                }
            }
            for (int down : narrower[t]) {
                b.offer(down, weights.credit(RelationKind.BROADER_HELD), RelationKind.BROADER_HELD, -1);
            }
            for (SkillGroupUri group : taxonomy.broaderGroups(taxonomy.skillAt(t).uri())) {
                int[] members = groupMembers.computeIfAbsent(group, g -> ordinals(taxonomy.skillsDirectlyIn(g)));
                if (members.length <= weights.maxSkillGroup()) {
                    // kinship in a big group says less: the credit shrinks once a group holds more than the sibling limit
                    double credit = weights.credit(RelationKind.GROUP_SIBLING)
                            * Math.min(1.0, (double) weights.maxSiblingGroup() / members.length);
                    for (int sib : members) {
                        if (sib != t) {
                            b.offer(sib, credit, RelationKind.GROUP_SIBLING, -1);
                        }
                    }
                    int id = groupId.computeIfAbsent(group, g -> {
                        kinMembers.add(members);
                        kinCredit.add((float) (credit + 0.0));
                        return kinMembers.size() - 1;
                    });
                    groupsOf.get(t).add(id);
                }
            }
            for (LinkedSkill rel : taxonomy.relatedSkills(taxonomy.skillAt(t).uri())) {
                int other = requireOrdinal(rel.skill());
                RelationKind kind = rel.relation() == RelationType.ESSENTIAL ? RelationKind.RELATED_ESSENTIAL : RelationKind.RELATED_OPTIONAL;
                // ESCO states the relation one way; knowing either skill helps with the other
                b.offer(other, weights.credit(kind), kind, -1);
                builders[other].offer(t, weights.credit(kind), kind, -1);
            }
        }
        addCoOccurrence(builders, skillOccupations);

        this.covers = new Links[n];
        int[] slot = new int[n];
        Arrays.fill(slot, -1);
        if (materialiseKinship) {
            this.kinship = SkillKinship.NONE;
        } else {
            float[] credits = new float[kinCredit.size()];
            for (int g = 0; g < credits.length; g++) {
                credits[g] = kinCredit.get(g);
            }
            int[][] groups = new int[n][];
            for (int t = 0; t < n; t++) {
                groups[t] = groupsOf.get(t).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
            }
            this.kinship = new SkillKinship(groups, kinMembers.toArray(new int[0][]), credits);
        }
        var reverse = new LinkBuilder[n];
        for (int i = 0; i < n; i++) {
            reverse[i] = new LinkBuilder();
        }
        for (int t = 0; t < n; t++) {
            // kinship was offered with the other relations, so a weaker link it outranks is gone as before; the
            // group siblings themselves are then dropped from the links and tested on the fly (SkillKinship)
            covers[t] = materialiseKinship ? builders[t].build(slot) : withoutKin(builders[t].build(slot));
            builders[t] = null;
            Links l = covers[t];
            for (int i = 0; i < l.size(); i++) {
                reverse[l.skill[i]].offer(t, l.credit[i], l.kindAt(i), l.detail[i]);
            }
        }
        this.standIns = new Links[n];
        for (int s = 0; s < n; s++) {
            standIns[s] = reverse[s].build(slot);
        }
        this.evidence = SkillEvidence.build(taxonomy, skillOccupations, covers, kinship);
        this.heldTerms = HeldSkillTerms.of(this);
    }

    private static Links withoutKin(Links l) {
        int kept = 0;
        for (int i = 0; i < l.size(); i++) {
            if (l.kindAt(i) != RelationKind.GROUP_SIBLING) {
                kept++;
            }
        }
        if (kept == l.size()) {
            return l;
        }
        int[] s = new int[kept];
        float[] c = new float[kept];
        byte[] k = new byte[kept];
        int[] d = new int[kept];
        for (int i = 0, j = 0; i < l.size(); i++) {
            if (l.kindAt(i) != RelationKind.GROUP_SIBLING) {
                s[j] = l.skill[i];
                c[j] = l.credit[i];
                k[j] = l.kind[i];
                d[j++] = l.detail[i];
            }
        }
        return new Links(s, c, k, d);
    }

    public static SkillGraph build(Taxonomy taxonomy, MatchWeights weights) {
        return new SkillGraph(taxonomy, weights, EvidenceWeights.shipped());
    }

    public static SkillGraph build(Taxonomy taxonomy, MatchWeights weights, EvidenceWeights evidenceWeights) {
        return new SkillGraph(taxonomy, weights, evidenceWeights);
    }

    /** The graph with group siblings stored as links, as before {@link SkillKinship}: the reference of the equivalence test. */
    static SkillGraph buildWithKinshipLinks(Taxonomy taxonomy, MatchWeights weights) {
        return new SkillGraph(taxonomy, weights, EvidenceWeights.shipped(), true);
    }

    /** The same graph with other evidence weights (the stand-in structures are shared, not rebuilt). */
    public SkillGraph withEvidenceWeights(EvidenceWeights other) {
        return new SkillGraph(this, other);
    }

    private SkillGraph(SkillGraph base, EvidenceWeights evidenceWeights) {
        this.taxonomy = base.taxonomy;
        this.weights = base.weights;
        this.specificity = base.specificity;
        this.covers = base.covers;
        this.standIns = base.standIns;
        this.occupationSkills = base.occupationSkills;
        this.evidence = base.evidence;
        this.kinship = base.kinship;
        this.evidenceWeights = Objects.requireNonNull(evidenceWeights, "evidenceWeights");
        this.heldTerms = HeldSkillTerms.of(this);
    }

    HeldSkillTerms heldTerms() {
        return heldTerms;
    }

    public SkillEvidence evidence() {
        return evidence;
    }

    public EvidenceWeights evidenceWeights() {
        return evidenceWeights;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    public MatchWeights weights() {
        return weights;
    }

    public int skillCount() {
        return specificity.length;
    }

    /** Specificity weight of a skill: reuse-level factor × (floor + (1 − floor) × normalised IDF over occupations). */
    public double specificity(int skill) {
        return specificity[skill];
    }

    /** Weight of a requirement in the coverage part of the score. */
    public double requirementWeight(int skill, boolean essential) {
        return weights.requirementWeight(essential) * specificity[skill];
    }

    /**
     * Skills that holding {@code heldSkill} gives credit for (itself first), except its group siblings: those are in
     * {@link #kinship()} (a group sibling never has a link as well; a stronger relation replaces the kinship).
     */
    public Links covers(int heldSkill) {
        return covers[heldSkill];
    }

    /** Skill-group kinship, tested on the fly ({@link RelationKind#GROUP_SIBLING}). */
    public SkillKinship kinship() {
        return kinship;
    }

    /**
     * The credit holding {@code heldSkill} earns for {@code requiredSkill}: its link, else its group kinship, else 0;
     * the relation kind is {@link RelationKind#GROUP_SIBLING} exactly when {@link #covers} has no link for the pair.
     */
    public float credit(int heldSkill, int requiredSkill) {
        Links l = covers[heldSkill];
        for (int i = 0; i < l.size(); i++) {
            if (l.skill[i] == requiredSkill) {
                return l.credit[i];
            }
        }
        return kinship.credit(heldSkill, requiredSkill);
    }

    /** Skills whose holder gets credit for {@code requiredSkill} (itself first), group siblings excepted (see {@link #covers}). */
    public Links standIns(int requiredSkill) {
        return standIns[requiredSkill];
    }

    public OptionalInt ordinal(SkillUri uri) {
        return taxonomy.skillOrdinal(uri);
    }

    public Skill skill(int ordinal) {
        return taxonomy.skillAt(ordinal);
    }

    /** Skill ordinals of an occupation, essential first (as ESCO lists them). */
    public int[] occupationSkills(int occupationOrdinal) {
        return occupationSkills[occupationOrdinal];
    }

    private int requireOrdinal(SkillUri uri) {
        return taxonomy.skillOrdinal(uri).orElseThrow(() -> new IllegalStateException("unknown skill " + uri));
    }

    private int[] ordinals(List<SkillUri> uris) {
        int[] out = new int[uris.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = requireOrdinal(uris.get(i));
        }
        return out;
    }

    private void addCoOccurrence(LinkBuilder[] builders, int[][] skillOccupations) {
        int n = skillOccupations.length;
        int[] count = new int[n];
        int[] touched = new int[n];
        for (int a = 0; a < n; a++) {
            int[] occA = skillOccupations[a];
            if (occA.length < weights.coOccurrenceMinCount()) {
                continue;
            }
            int nTouched = 0;
            for (int o : occA) {
                for (int b : occupationSkills[o]) {
                    if (b != a && count[b]++ == 0) {
                        touched[nTouched++] = b;
                    }
                }
            }
            // keep the strongest partners of a
            var partners = new ArrayList<long[]>();
            for (int k = 0; k < nTouched; k++) {
                int b = touched[k];
                int c = count[b];
                count[b] = 0;
                if (c < weights.coOccurrenceMinCount()) {
                    continue;
                }
                double cosine = c / Math.sqrt((double) occA.length * skillOccupations[b].length);
                if (cosine >= weights.coOccurrenceMinCosine()) {
                    partners.add(new long[] {b, c, Double.doubleToLongBits(cosine)});
                }
            }
            partners.sort((x, y) -> Double.compare(Double.longBitsToDouble(y[2]), Double.longBitsToDouble(x[2])));
            for (int k = 0; k < Math.min(partners.size(), weights.coOccurrencePerSkill()); k++) {
                long[] p = partners.get(k);
                double cosine = Math.min(1.0, Double.longBitsToDouble(p[2]));
                // credit grows with the association but stays below the co-occurrence ceiling (< 1)
                builders[a].offer((int) p[0], weights.credit(RelationKind.CO_OCCURS) * cosine, RelationKind.CO_OCCURS, (int) p[1]);
            }
        }
    }

    private static int[][] occupationSkillOrdinals(Taxonomy taxonomy) {
        int[][] out = new int[taxonomy.occupationCount()][];
        for (int o = 0; o < out.length; o++) {
            Occupation occ = taxonomy.occupationAt(o);
            List<SkillUri> ess = taxonomy.essentialSkills(occ.uri());
            List<SkillUri> opt = taxonomy.optionalSkills(occ.uri());
            int[] row = new int[ess.size() + opt.size()];
            int k = 0;
            for (SkillUri s : ess) {
                row[k++] = taxonomy.skillOrdinal(s).orElseThrow();
            }
            for (SkillUri s : opt) {
                row[k++] = taxonomy.skillOrdinal(s).orElseThrow();
            }
            out[o] = row;
        }
        return out;
    }

    private static int[][] invert(int[][] rows, int n) {
        int[] sizes = new int[n];
        for (int[] row : rows) {
            for (int s : row) {
                sizes[s]++;
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[sizes[i]];
        }
        int[] fill = new int[n];
        for (int o = 0; o < rows.length; o++) {
            for (int s : rows[o]) {
                out[s][fill[s]++] = o;
            }
        }
        return out;
    }
}
