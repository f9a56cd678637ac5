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
 * the person already earns. Read from the taught skills' side: their links and the gaps in their kin groups, instead
 * of testing every gap against every taught skill (issue 16: that test was most of a route plan's CPU, a few thousand
 * routes × hundreds of gaps × each taught skill). Not thread-safe: one per problem.
 */
final class GapClosure {

    private final SkillGraph graph;
    private final int[] gapSkills;
    private final double[] today;
    /** Per skill ordinal: its gap index, or -1. */
    private final int[] gapOf;
    /** Per kin group: the gap indices in it, or null when it holds none (an array: no boxed look-up per taught skill). */
    private final int[][] gapsInGroup;
    /** Per gap: the taught skill (stamp) whose link already gave its credit. */
    private final int[] linkedBy;
    private int stamp;

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
        this.gapOf = new int[graph.skillCount()];
        Arrays.fill(gapOf, -1);
        this.linkedBy = new int[gapSkills.length];
        SkillKinship kinship = graph.kinship();
        Map<Integer, List<Integer>> byGroup = new HashMap<>();
        for (int g = 0; g < gapSkills.length; g++) {
            gapOf[gapSkills[g]] = g;
            for (int group : kinship.groups(gapSkills[g])) {
                byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(g);
            }
        }
        this.gapsInGroup = new int[kinship.groupCount()][];
        byGroup.forEach((group, gaps) -> gapsInGroup[group] = gaps.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Per gap, how far the route closes it (0 when not above today's credit). */
    double[] of(LearningRoute route) {
        return of(TaughtSkills.of(graph, route));
    }

    /** As {@link #of(LearningRoute)} for the route's taught skills read once ({@link MatchingEngine#taughtSkills}). */
    double[] of(TaughtSkills taught) {
        double[] best = new double[gapSkills.length];
        SkillKinship kinship = graph.kinship();
        for (int i = 0; i < taught.size(); i++) {
            int t = taught.ordinal(i);
            double factor = taught.levelFactor(i);
            stamp++;
            // a link decides the credit for its skill (the first link, as SkillGraph.credit reads them)
            SkillGraph.Links links = graph.covers(t);
            for (int l = 0; l < links.size(); l++) {
                int g = gapOf[links.skill()[l]];
                if (g >= 0 && linkedBy[g] != stamp) {
                    linkedBy[g] = stamp;
                    best[g] = Math.max(best[g], links.credit()[l] * factor);
                }
            }
            // else the best kin group shared with the taught skill (a skill is not its own kin)
            for (int group : kinship.groups(t)) {
                int[] gaps = gapsInGroup[group];
                if (gaps == null) {
                    continue;
                }
                float credit = kinship.credit(group);
                for (int g : gaps) {
                    if (linkedBy[g] != stamp && gapSkills[g] != t) {
                        best[g] = Math.max(best[g], credit * factor);
                    }
                }
            }
        }
        for (int g = 0; g < best.length; g++) {
            if (!(best[g] > today[g])) {
                best[g] = 0;
            }
        }
        return best;
    }
}
