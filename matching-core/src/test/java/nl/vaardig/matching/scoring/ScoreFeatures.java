package nl.vaardig.matching.scoring;

/**
 * Features of a profile for a vacancy, for the learned-weights experiment ({@code bin/train-weights.sh}): a score
 * that is a weighted sum of them keeps exact explanations, because every feature is itself a sum over the
 * vacancy's requirements or the profile's held skills (one part per requirement and one per held skill).
 * <ul>
 *   <li>coverage features ({@code COV_*}): Σ over the vacancy's requirements of specificity × credit, divided by the
 *       vacancy's requirement weight — how much of the vacancy the person meets;</li>
 *   <li>relevance features ({@code REL_*}): Σ over held skills of specificity × use, divided by the profile's
 *       weight — how much of the person the vacancy uses;</li>
 *   <li>overlap features ({@code MASS_*}): Σ over requirements of weight × credit divided by the geometric mean of
 *       both sides' weights — a cosine that does not reward a vacancy only for being short.</li>
 * </ul>
 * Each comes in a "same skill" and a "stand-in" (partial credit) variant, essentials and optionals apart; further
 * the unnormalised sums and counts ({@code SUM_*}, {@code CNT_*}), the vacancy's size ({@code SIZE_*}), matched
 * transversal requirements, and the stand-in coverage split by relation (hierarchy, ESCO-related, co-occurrence).
 */
public final class ScoreFeatures {

    public static final int COV_ESS_SAME = 0;
    public static final int COV_ESS_PART = 1;
    public static final int COV_OPT_SAME = 2;
    public static final int COV_OPT_PART = 3;
    public static final int REL_SAME = 4;
    public static final int REL_PART = 5;
    public static final int MASS_SAME = 6;
    public static final int MASS_PART = 7;
    public static final int SUM_ESS_SAME = 8;
    public static final int SUM_OPT_SAME = 9;
    public static final int SUM_PART = 10;
    public static final int SIZE_ESS = 11;
    public static final int SIZE_OPT = 12;
    public static final int CNT_ESS_SAME = 13;
    public static final int CNT_OPT_SAME = 14;
    public static final int CNT_PART = 15;
    public static final int SIZE_CNT_ESS = 16;
    public static final int SIZE_CNT_OPT = 17;
    public static final int CNT_TRANSVERSAL = 18;
    public static final int PART_HIER = 19;
    public static final int PART_RELATED = 20;
    public static final int PART_COOCCURS = 21;
    public static final int COUNT = 22;

    public static final String[] NAMES = {"cov_ess_same", "cov_ess_part", "cov_opt_same", "cov_opt_part",
            "rel_same", "rel_part", "mass_same", "mass_part", "sum_ess_same", "sum_opt_same", "sum_part",
            "size_ess", "size_opt", "cnt_ess_same", "cnt_opt_same", "cnt_part", "size_cnt_ess", "size_cnt_opt",
            "cnt_transversal", "part_hier", "part_related", "part_cooccurs"};

    private ScoreFeatures() {
    }

    /** The coverage feature a requirement adds to. */
    static int coverageFeature(boolean essential, boolean same) {
        return essential ? (same ? COV_ESS_SAME : COV_ESS_PART) : (same ? COV_OPT_SAME : COV_OPT_PART);
    }

    /** Fills {@code out} (length {@link #COUNT}) with the features of a profile for a vacancy. */
    public static void compute(MatchScorer scorer, PreparedProfile p, Requirements r, double[] out) {
        java.util.Arrays.fill(out, 0);
        SkillGraph graph = scorer.graph();
        double wv = scorer.requirementWeight(r);
        double cosNorm = Math.sqrt(wv * p.heldWeight);
        for (int i = 0; i < r.size(); i++) {
            int s = r.skills()[i];
            float c = p.bestCredit[s];
            out[r.essential()[i] ? SIZE_ESS : SIZE_OPT] += graph.specificity(s);
            out[r.essential()[i] ? SIZE_CNT_ESS : SIZE_CNT_OPT] += 1;
            if (c == 0f) {
                continue;
            }
            RelationKind kind = graph.covers(p.held.skills()[p.bestHeld[s]]).kindAt(p.bestLink[s]);
            boolean same = kind == RelationKind.SAME;
            if (!same) {
                int k = switch (kind) {
                    case CO_OCCURS -> PART_COOCCURS;
                    case RELATED_ESSENTIAL, RELATED_OPTIONAL -> PART_RELATED;
                    default -> PART_HIER;
                };
                out[k] += graph.specificity(s) * c / wv;
            }
            boolean ess = r.essential()[i];
            out[coverageFeature(ess, same)] += graph.specificity(s) * c / wv;
            out[same ? MASS_SAME : MASS_PART] += graph.requirementWeight(s, ess) * c / cosNorm;
            out[same ? (ess ? SUM_ESS_SAME : SUM_OPT_SAME) : SUM_PART] += graph.specificity(s) * c;
            out[same ? (ess ? CNT_ESS_SAME : CNT_OPT_SAME) : CNT_PART] += same ? 1 : c;
            if (same && graph.skill(s).reuseLevel() == nl.vaardig.taxonomy.model.ReuseLevel.TRANSVERSAL) {
                out[CNT_TRANSVERSAL] += 1;
            }
        }
        MatchScorer.computeUse(p, r);
        for (int h = 0; h < p.held.size(); h++) {
            float use = p.use[h];
            if (use > 0f) {
                out[use >= 1f ? REL_SAME : REL_PART] += graph.specificity(p.held.skills()[h]) * use / p.heldWeight;
            }
        }
    }
}
