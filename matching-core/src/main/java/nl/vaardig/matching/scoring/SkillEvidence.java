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
 *       than one to one of 270. Only pairs the {@link SkillGraph} also links count (see {@link #build}).</li>
 * </ul>
 * Immutable; built once per taxonomy with the {@link SkillGraph}.
 */
public final class SkillEvidence {

    private final double[] background;
    /** For held skill t: the required skills s it stands in for, {@code standInStart[t] .. standInStart[t+1]}. */
    private final int[] standInStart;
    private final int[] standInFor;
    private final float[] standInProbability;

    private SkillEvidence(double[] background, int[] start, int[] forSkill, float[] probability) {
        this.background = background;
        this.standInStart = start;
        this.standInFor = forSkill;
        this.standInProbability = probability;
    }

    /**
     * @param covers the graph's stand-in links per held skill: evidence flows only along relations that also earn
     *               coverage credit, so a vacancy a held skill is evidence for is one the candidate search finds
     */
    static SkillEvidence build(Taxonomy taxonomy, int[][] skillOccupations, SkillGraph.Links[] covers) {
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
        double[] acc = new double[n];
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
                    if (acc[t] == 0) {
                        touched[nt++] = t;
                    }
                    acc[t] += p;
                }
            }
            int kept = 0;
            rows[s] = new int[nt];
            probs[s] = new float[nt];
            for (int i = 0; i < nt; i++) {
                int t = touched[i];
                if (linked(covers[t], s)) {
                    rows[s][kept] = t;
                    probs[s][kept++] = (float) acc[t];
                    count[t]++;
                }
                acc[t] = 0;
            }
            rows[s] = Arrays.copyOf(rows[s], kept);
            probs[s] = Arrays.copyOf(probs[s], kept);
        }
        int[] start = new int[n + 1];
        for (int t = 0; t < n; t++) {
            start[t + 1] = start[t] + count[t];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] forSkill = new int[start[n]];
        float[] probability = new float[start[n]];
        for (int s = 0; s < n; s++) {
            for (int i = 0; i < rows[s].length; i++) {
                int at = fill[rows[s][i]]++;
                forSkill[at] = s;
                probability[at] = probs[s][i];
            }
        }
        return new SkillEvidence(background, start, forSkill, probability);
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

    private static boolean linked(SkillGraph.Links links, int skill) {
        for (int target : links.skill()) {
            if (target == skill) {
                return true;
            }
        }
        return false;
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
