package nl.vaardig.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.vaardig.taxonomy.model.LinkedSkill;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * What a held skill tells about the work a person does, from ESCO alone (see {@link EvidenceWeights} for the score):
 * <ul>
 *   <li>{@link #background}: how common a skill is among all occupations' skills (occupation counts, add-one
 *       smoothed) — a skill every job asks explains little;</li>
 *   <li>stand-in probabilities {@code P(t | s)}: a person who does work asking s shows t instead — a relation kind
 *       (ESCO-related either way, broader, narrower, sibling under the same broader skill or skill group) chosen
 *       evenly among the kinds s has, then a skill of that kind evenly. A relation to one of two siblings says more
 *       than one to one of 270. Only pairs the {@link SkillGraph} also links count (see {@link #build}); since the graph
 *       links skills of one small skill group ({@link RelationKind#GROUP_SIBLING}), those siblings count too;</li>
 *   <li>co-occurrence shares {@code Q(t | s)}: occupations that ask s also ask t (the graph's co-occurrence links,
 *       cosine-weighted, normalised over s's partners) — what people from neighbouring work bring along.</li>
 * </ul>
 * Immutable; built once per taxonomy with the {@link SkillGraph}.
 */
public final class SkillEvidence {

    private final double[] background;
    /** For held skill t: the required skills s it stands in for, {@code standInStart[t] .. standInStart[t+1]}. */
    private final int[] standInStart;
    private final int[] standInFor;
    private final float[] standInProbability;
    private final float[] coOccurrenceProbability;
    /**
     * The same entries per required skill s: positions {@code at} into the arrays above whose {@code standInFor} is s,
     * {@code byRequiredAt[byRequiredStart[s] .. byRequiredStart[s+1])}, each with its held skill in
     * {@code byRequiredHeld}. Searching people reads the few lists of a vacancy's skills once per search instead of
     * every candidate's whole lists.
     */
    private final int[] byRequiredStart;
    private final int[] byRequiredAt;
    private final int[] byRequiredHeld;

    private SkillEvidence(double[] background, int[] start, int[] forSkill, float[] probability, float[] coOccurrence) {
        this.background = background;
        this.standInStart = start;
        this.standInFor = forSkill;
        this.standInProbability = probability;
        this.coOccurrenceProbability = coOccurrence;
        int n = background.length;
        this.byRequiredStart = new int[n + 1];
        for (int s : forSkill) {
            byRequiredStart[s + 1]++;
        }
        for (int s = 0; s < n; s++) {
            byRequiredStart[s + 1] += byRequiredStart[s];
        }
        this.byRequiredAt = new int[forSkill.length];
        this.byRequiredHeld = new int[forSkill.length];
        int[] fill = Arrays.copyOf(byRequiredStart, n);
        for (int t = 0; t < n; t++) {
            for (int at = start[t]; at < start[t + 1]; at++) {
                int k = fill[forSkill[at]]++;
                byRequiredAt[k] = at;
                byRequiredHeld[k] = t;
            }
        }
    }

    /**
     * @param covers  the graph's stand-in links per held skill: evidence flows only along relations that also earn
     *                coverage credit, so a vacancy a held skill is evidence for is one the candidate search finds
     * @param kinship group siblings, which earn coverage credit without a link
     */
    static SkillEvidence build(Taxonomy taxonomy, int[][] skillOccupations, SkillGraph.Links[] covers, SkillKinship kinship) {
        int n = taxonomy.skillCount();
        double total = n;
        for (int[] occs : skillOccupations) {
            total += occs.length;
        }
        double[] background = new double[n];
        for (int s = 0; s < n; s++) {
            background[s] = (skillOccupations[s].length + 1) / total;
        }
        var related = new List[n];
        for (int s = 0; s < n; s++) {
            related[s] = new ArrayList<Integer>(2);
        }
        for (int s = 0; s < n; s++) {
            for (LinkedSkill rel : taxonomy.relatedSkills(taxonomy.skillAt(s).uri())) {
                int o = ordinal(taxonomy, rel.skill());
                add(related, s, o);
                add(related, o, s);
            }
        }
        // per required skill s: P(t | s) for every t, then inverted to per held skill t
        int[] count = new int[n];
        var rows = new int[n][];
        var probs = new float[n][];
        var coProbs = new float[n][];
        double[] acc = new double[n];
        double[] co = new double[n];
        CoOccurring coOccurring = CoOccurring.of(covers, n);
        int[][] reach = sortedTargets(covers);
        int[] touched = new int[n];
        for (int s = 0; s < n; s++) {
            SkillUri uri = taxonomy.skillAt(s).uri();
            List<int[]> kinds = new ArrayList<>(4);
            kinds.add(toArray(related[s]));
            kinds.add(ordinals(taxonomy, taxonomy.broaderSkills(uri)));
            kinds.add(ordinals(taxonomy, taxonomy.narrowerSkills(uri)));
            kinds.add(siblings(taxonomy, uri, s));
            kinds.removeIf(k -> k.length == 0);
            int nt = 0;
            for (int[] kind : kinds) {
                double p = 1.0 / (kinds.size() * kind.length);
                for (int t : kind) {
                    if (acc[t] == 0 && co[t] == 0) {
                        touched[nt++] = t;
                    }
                    acc[t] += p;
                }
            }
            for (int k = coOccurring.start[s]; k < coOccurring.start[s + 1]; k++) {
                int t = coOccurring.held[k];
                if (acc[t] == 0 && co[t] == 0) {
                    touched[nt++] = t;
                }
                co[t] += coOccurring.share[k];
            }
            int kept = 0;
            rows[s] = new int[nt];
            probs[s] = new float[nt];
            coProbs[s] = new float[nt];
            for (int i = 0; i < nt; i++) {
                int t = touched[i];
                if (Arrays.binarySearch(reach[t], s) >= 0 || kinship.sharedGroup(t, s) >= 0) {
                    rows[s][kept] = t;
                    probs[s][kept] = (float) acc[t];
                    coProbs[s][kept++] = (float) co[t];
                    count[t]++;
                }
                acc[t] = 0;
                co[t] = 0;
            }
            rows[s] = Arrays.copyOf(rows[s], kept);
            probs[s] = Arrays.copyOf(probs[s], kept);
            coProbs[s] = Arrays.copyOf(coProbs[s], kept);
        }
        int[] start = new int[n + 1];
        for (int t = 0; t < n; t++) {
            start[t + 1] = start[t] + count[t];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] forSkill = new int[start[n]];
        float[] probability = new float[start[n]];
        float[] coOccurrence = new float[start[n]];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < rows[s].length; i++) {
                int at = fill[rows[s][i]]++;
                forSkill[at] = s;
                probability[at] = probs[s][i];
                coOccurrence[at] = coProbs[s][i];
            }
        }
        return new SkillEvidence(background, start, forSkill, probability, coOccurrence);
    }

    /**
     * Co-occurrence stand-ins per required skill s ({@code held[start[s] .. start[s+1])}): the held skills t whose
     * graph links name s as co-occurring (occupations asking t also ask s), each with its share of s's association
     * (cosines normalised over s's partners): people doing work that asks s often hold t as well.
     */
    private record CoOccurring(int[] start, int[] held, double[] share) {
        static CoOccurring of(SkillGraph.Links[] covers, int n) {
            int[] start = new int[n + 1];
            double[] total = new double[n];
            for (SkillGraph.Links l : covers) {
                for (int i = 0; i < l.size(); i++) {
                    if (l.kindAt(i) == RelationKind.CO_OCCURS) {
                        start[l.skill()[i] + 1]++;
                        total[l.skill()[i]] += l.credit()[i];
                    }
                }
            }
            for (int s = 0; s < n; s++) {
                start[s + 1] += start[s];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] held = new int[start[n]];
            double[] share = new double[start[n]];
            for (int t = 0; t < n; t++) {
                SkillGraph.Links l = covers[t];
                for (int i = 0; i < l.size(); i++) {
                    if (l.kindAt(i) == RelationKind.CO_OCCURS) {
                        int s = l.skill()[i];
                        int at = fill[s]++;
                        held[at] = t;
                        share[at] = l.credit()[i] / total[s];
                    }
                }
            }
            return new CoOccurring(start, held, share);
        }
    }

    /** Share of all occupation–skill links that are this skill's (add-one smoothed), in (0, 1). */
    public double background(int skill) {
        return background[skill];
    }

    int standInStart(int heldSkill) {
        return standInStart[heldSkill];
    }

    int standInEnd(int heldSkill) {
        return standInStart[heldSkill + 1];
    }

    int standInFor(int at) {
        return standInFor[at];
    }

    float standInProbability(int at) {
        return standInProbability[at];
    }

    float coOccurrenceProbability(int at) {
        return coOccurrenceProbability[at];
    }

    /** First entry of required skill s in {@link #byRequiredAt} / {@link #byRequiredHeld}. */
    int byRequiredStart(int requiredSkill) {
        return byRequiredStart[requiredSkill];
    }

    int byRequiredEnd(int requiredSkill) {
        return byRequiredStart[requiredSkill + 1];
    }

    /** Position (for {@link #standInFor} and the probabilities) of entry k of the per-required-skill lists. */
    int byRequiredAt(int k) {
        return byRequiredAt[k];
    }

    /** Held skill of entry k of the per-required-skill lists. */
    int byRequiredHeld(int k) {
        return byRequiredHeld[k];
    }

    /** Per held skill, the skills its graph links reach, sorted for {@link Arrays#binarySearch}. */
    private static int[][] sortedTargets(SkillGraph.Links[] covers) {
        int[][] out = new int[covers.length][];
        for (int t = 0; t < covers.length; t++) {
            out[t] = covers[t].skill().clone();
            Arrays.sort(out[t]);
        }
        return out;
    }

    private static int[] siblings(Taxonomy taxonomy, SkillUri uri, int self) {
        Set<Integer> out = new LinkedHashSet<>();
        for (SkillUri parent : taxonomy.broaderSkills(uri)) {
            for (SkillUri c : taxonomy.narrowerSkills(parent)) {
                out.add(ordinal(taxonomy, c));
            }
        }
        for (SkillGroupUri group : taxonomy.broaderGroups(uri)) {
            for (SkillUri c : taxonomy.skillsDirectlyIn(group)) {
                out.add(ordinal(taxonomy, c));
            }
        }
        out.remove(self);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @SuppressWarnings("unchecked")
    private static void add(List[] lists, int at, int value) {
        List<Integer> l = lists[at];
        if (!l.contains(value)) {
            l.add(value);
        }
    }

    @SuppressWarnings("unchecked")
    private static int[] toArray(List list) {
        return ((List<Integer>) list).stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] ordinals(Taxonomy taxonomy, List<SkillUri> uris) {
        return uris.stream().mapToInt(u -> ordinal(taxonomy, u)).toArray();
    }

    private static int ordinal(Taxonomy taxonomy, SkillUri uri) {
        return taxonomy.skillOrdinal(uri).orElseThrow(() -> new IllegalStateException("unknown skill " + uri));
    }
}
