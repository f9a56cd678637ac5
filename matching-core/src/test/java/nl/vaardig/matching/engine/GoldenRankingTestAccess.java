package nl.vaardig.matching.engine;

import nl.vaardig.matching.scoring.SkillGraph;

/** Shares the tiny corpus' skill graph with tests in other packages. */
public final class GoldenRankingTestAccess {
    private GoldenRankingTestAccess() {
    }

    public static SkillGraph graph() {
        return GoldenRankingTest.GRAPH;
    }
}
