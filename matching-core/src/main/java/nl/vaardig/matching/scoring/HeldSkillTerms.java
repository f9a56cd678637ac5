package nl.vaardig.matching.scoring;

/**
 * Per skill, the constants of the relevance part that a profile holding it needs ({@link PreparedProfile}): the
 * background term, the denominator of the evidence cap and the reuse-level factor. Computed once per graph with the
 * same expressions the profile used per held skill, so the values are the same; searching people loads a profile
 * per candidate, and reading three flat arrays is cheaper there than the skill record, an EnumMap and the evidence.
 */
final class HeldSkillTerms {

    /** {@code ew.background() × ((1 − uniform) × background(t) + uniform / skills)}. */
    final double[] backgroundTerm;
    /** {@code ew.spread(ew.referenceMass()) × backgroundTerm[t]}: the cap is {@code log1p(own × factor / this)}. */
    final double[] capDenominator;
    /** The reuse-level factor of the skill ({@link MatchWeights#reuseFactor}). */
    final double[] reuseWeight;

    private HeldSkillTerms(double[] backgroundTerm, double[] capDenominator, double[] reuseWeight) {
        this.backgroundTerm = backgroundTerm;
        this.capDenominator = capDenominator;
        this.reuseWeight = reuseWeight;
    }

    static HeldSkillTerms of(SkillGraph graph) {
        EvidenceWeights ew = graph.evidenceWeights();
        SkillEvidence ev = graph.evidence();
        int n = graph.skillCount();
        double[] background = new double[n];
        double[] cap = new double[n];
        double[] reuse = new double[n];
        for (int t = 0; t < n; t++) {
            background[t] = ew.background()
                    * ((1 - ew.uniformBackground()) * ev.background(t) + ew.uniformBackground() / graph.skillCount());
            cap[t] = ew.spread(ew.referenceMass()) * background[t];
            reuse[t] = graph.weights().reuseFactor().get(graph.skill(t).reuseLevel());
        }
        return new HeldSkillTerms(background, cap, reuse);
    }
}
