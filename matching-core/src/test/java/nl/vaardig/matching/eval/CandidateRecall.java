package nl.vaardig.matching.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.scoring.MatchScorer;
import nl.vaardig.matching.scoring.PreparedProfile;
import nl.vaardig.matching.scoring.Requirements;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;

/**
 * How often the engine's top 10 (Lucene candidates + exact rescoring) equals the exact top 10 over all
 * occupations scored exhaustively: the price of candidate generation, which must be near zero.
 */
public final class CandidateRecall {

    private CandidateRecall() {
    }

    /** Share of profiles whose top-10 score lists are identical; also prints the mean overlap. */
    public static double identicalTop10(OccupationEvaluation eval, List<OccupationEvaluation.EvalProfile> profiles) {
        Taxonomy taxonomy = eval.taxonomy();
        SkillGraph graph = eval.engine().graph();
        MatchScorer scorer = eval.engine().scorer();
        var all = new ArrayList<Requirements>();
        for (int o = 0; o < taxonomy.occupationCount(); o++) {
            OccupationUri occ = taxonomy.occupationAt(o).uri();
            var skills = nl.vaardig.matching.model.VacancySkill.ofOccupation(taxonomy, occ);
            if (!skills.isEmpty()) {
                all.add(scorer.requirements(skills));
            }
        }
        int identical = 0;
        for (OccupationEvaluation.EvalProfile p : profiles) {
            List<ProfileSkill> skills = p.skills().stream().map(ProfileSkill::fromWork).toList();
            PreparedProfile pp = scorer.prepare(skills);
            double[] exact = all.stream().mapToDouble(r -> scorer.score(pp, r)).filter(s -> s > 0)
                    .boxed().sorted(Comparator.reverseOrder()).limit(10).mapToDouble(Double::doubleValue).toArray();
            double[] engine = eval.engine().matchVacancies(Profile.anonymous(skills), MatchQuery.defaults().includingClosed(), 10)
                    .stream().mapToDouble(VacancyMatch::score).toArray();
            if (java.util.Arrays.equals(exact, engine)) {
                identical++;
            }
        }
        return (double) identical / profiles.size();
    }

    public static void main(String[] args) {
        Taxonomy taxonomy = nl.vaardig.taxonomy.esco.EscoTaxonomyLoader.shipped().taxonomy();
        try (var eval = new OccupationEvaluation(taxonomy, nl.vaardig.matching.scoring.MatchWeights.defaults())) {
            for (NoiseLevel level : NoiseLevel.ALL) {
                double share = identicalTop10(eval, eval.sample(level, 5, 10));
                System.out.printf(Locale.ROOT, "%-8s identical top-10 with exhaustive exact scoring: %.4f%n", level.name(), share);
            }
        }
    }

    static List<SkillUri> none() {
        return List.of();
    }
}
