package nl.vaardig.matching.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.TaughtSkills;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.matching.scoring.SkillKinship;

/**
 * How far each route closes each gap of one problem: per gap the best credit a taught skill earns for it (its link,
 * else its skill-group kinship, as {@link SkillGraph#credit}) times the level taught, kept only when above the credit
 * the person already earns. Read from the taught skills' side: their links to the gaps and the gaps in their kin
 * groups, once per distinct taught skill and plan, instead of testing every gap against every taught skill (issue 16:
 * that test was most of a route plan's CPU, a few thousand routes × hundreds of gaps × each taught skill). Not
 * thread-safe: one per problem.
 */
final class GapClosure {

    private final SkillGraph graph;
    private final int[] gapSkills;
    private final double[] today;
    /** Per kin group: the gap indices in it, or null when it holds none (an array: no boxed look-up per taught skill). */
    private final int[][] gapsInGroup;
    /** Per gap: the taught skill (stamp) whose link already gave its credit. */
    private final int[] linkedBy;
    private int stamp;
    /**
     * Per skill ordinal, once a route taught it in this problem: the gaps it earns credit for and that credit, in
     * the order {@link #of} first met them (its links, then its kin groups). Routes share most of their skills, so
     * each skill's links and groups are walked once per problem instead of once per route teaching it.
     */
    private final Hits[] hits;
    /** Per gap, the best closure of the route being read ({@link #closing}); zero again after each route. */
    private final double[] best;
    /** Per gap, the route (stamp) that last wrote {@link #best}; the gaps it wrote, in order. */
    private final int[] touchedBy;
    private int[] touched = new int[16];
    private int routeStamp;

    /**
     * The links toward the gaps, by the skill they start from: skill t's links to gaps are {@code linkGap /
     * linkCredit[linkStart[t] .. linkStart[t + 1])}. Gathered from the gaps' side ({@link SkillGraph#standIns}, the
     * same links transposed): a few thousand links per plan instead of the ~30,000 of every taught skill.
     */
    private final int[] linkStart;
    private final int[] linkGap;
    private final float[] linkCredit;

    /** A taught skill's gap credits: {@code gaps[i]} earns {@code credits[i]} (times the level factor). */
    private record Hits(int[] gaps, float[] credits) {
    }

    private static final Hits NONE = new Hits(new int[0], new float[0]);

    /** The pairs {@link #hitsOf} gathers for one taught skill ({@code pairs} of them), kept from one skill to the next. */
    private int[] pairGaps = new int[8];
    private float[] pairCredits = new float[8];
    private int pairs;

    /**
     * @param gapSkills the gaps' skill ordinals
     * @param today     per gap, the credit the person earns for it now
     */
    GapClosure(SkillGraph graph, int[] gapSkills, double[] today) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (gapSkills.length != today.length) {
            throw new IllegalArgumentException("one credit per gap");
        }
        this.gapSkills = gapSkills.clone();
        this.today = today.clone();
        this.linkedBy = new int[gapSkills.length];
        this.hits = new Hits[graph.skillCount()];
        this.best = new double[gapSkills.length];
        this.touchedBy = new int[gapSkills.length];
        SkillKinship kinship = graph.kinship();
        Map<Integer, List<Integer>> byGroup = new HashMap<>();
        for (int g = 0; g < gapSkills.length; g++) {
            for (int group : kinship.groups(gapSkills[g])) {
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(g);
            }
        }
        this.gapsInGroup = new int[kinship.groupCount()][];
        byGroup.forEach((group, gaps) -> gapsInGroup[group] = gaps.stream().mapToInt(Integer::intValue).toArray());
        this.linkStart = new int[graph.skillCount() + 1];
        for (int gapSkill : gapSkills) {
            SkillGraph.Links in = graph.standIns(gapSkill);
            for (int i = 0; i < in.size(); i++) {
                linkStart[in.skill()[i] + 1]++;
            }
        }
        for (int t = 0; t < graph.skillCount(); t++) {
            linkStart[t + 1] += linkStart[t];
        }
        int[] next = Arrays.copyOf(linkStart, graph.skillCount());
        this.linkGap = new int[linkStart[graph.skillCount()]];
        this.linkCredit = new float[linkGap.length];
        for (int g = 0; g < gapSkills.length; g++) {
            SkillGraph.Links in = graph.standIns(gapSkills[g]);
            for (int i = 0; i < in.size(); i++) {
                int at = next[in.skill()[i]]++;
                linkGap[at] = g;
                linkCredit[at] = in.credit()[i];
            }
        }
    }

    /** Per gap, how far the route closes it (0 when not above today's credit). */
    double[] of(LearningRoute route) {
        return of(TaughtSkills.of(graph, route));
    }

    /** As {@link #of(LearningRoute)} for the route's taught skills read once ({@link MatchingEngine#taughtSkills}). */
    double[] of(TaughtSkills taught) {
        double[] c = closing(taught);
        return c == null ? new double[gapSkills.length] : c;
    }

    /**
     * As {@link #of(TaughtSkills)}, or null when the route closes no gap above today's credit (most routes of a
     * catalogue for one problem: no per-gap array is made for them).
     */
    double[] closing(TaughtSkills taught) {
        int route = ++routeStamp;
        int n = 0;
        for (int i = 0; i < taught.size(); i++) {
            double factor = taught.levelFactor(i);
            Hits h = hitsOf(taught.ordinal(i));
            int[] gaps = h.gaps();
            float[] credits = h.credits();
            for (int k = 0; k < gaps.length; k++) {
                int g = gaps[k];
                if (touchedBy[g] != route) {
                    touchedBy[g] = route;
                    best[g] = 0;
                    if (n == touched.length) {
                        touched = Arrays.copyOf(touched, 2 * n);
                    }
                    touched[n++] = g;
                }
                best[g] = Math.max(best[g], credits[k] * factor);
            }
        }
        double[] out = null;
        for (int k = 0; k < n; k++) {
            int g = touched[k];
            if (best[g] > today[g]) {
                if (out == null) {
                    out = new double[gapSkills.length];
                }
                out[g] = best[g];
            }
        }
        return out;
    }

    /**
     * A taught skill's credit per gap, as {@link SkillGraph#credit} reads it: its link to the gap decides the credit,
     * else every kin group shared with the gap (a skill is not its own kin). {@link #closing} takes the maximum of
     * each gap's pairs times the level factor: the same products, and a maximum does not depend on the order.
     */
    private Hits hitsOf(int t) {
        Hits kept = hits[t];
        if (kept != null) {
            return kept;
        }
        stamp++;
        pairs = 0;
        // a skill has at most one link per target (LinkBuilder), so each of these is "the first link" for its gap
        for (int l = linkStart[t]; l < linkStart[t + 1]; l++) {
            int g = linkGap[l];
            linkedBy[g] = stamp;
            addPair(g, linkCredit[l]);
        }
        SkillKinship kinship = graph.kinship();
        for (int group : kinship.groups(t)) {
            int[] inGroup = gapsInGroup[group];
            if (inGroup == null) {
                continue;
            }
            float credit = kinship.credit(group);
            for (int g : inGroup) {
                if (linkedBy[g] != stamp && gapSkills[g] != t) {
                    addPair(g, credit);
                }
            }
        }
        Hits made = pairs == 0 ? NONE : new Hits(Arrays.copyOf(pairGaps, pairs), Arrays.copyOf(pairCredits, pairs));
        hits[t] = made;
        return made;
    }

    /** Appends a (gap, credit) pair to the taught skill {@link #hitsOf} is reading. */
    private void addPair(int gap, float credit) {
        if (pairs == pairGaps.length) {
            pairGaps = Arrays.copyOf(pairGaps, 2 * pairs);
            pairCredits = Arrays.copyOf(pairCredits, 2 * pairs);
        }
        pairGaps[pairs] = gap;
        pairCredits[pairs++] = credit;
    }
}
