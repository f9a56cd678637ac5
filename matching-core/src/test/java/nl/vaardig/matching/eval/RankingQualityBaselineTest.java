package nl.vaardig.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's quality gate: the ranking figures of a fixed, seeded subset (every 10th ESCO occupation, three noise
 * levels) may not drop more than {@link #TOLERANCE} below {@code eval/occupation-baseline.properties}. When a change
 * improves them, raise the baseline in the same commit. The full set runs with {@link OccupationEvaluation}.
 */
class RankingQualityBaselineTest {

    static final double TOLERANCE = 0.005;
    static final int STRIDE = 10;
    static final long SEED = 20250101L;

    static OccupationEvaluation eval;
    static Properties baseline;

    @BeforeAll
    static void setUp() throws IOException {
        eval = new OccupationEvaluation(EscoTaxonomyLoader.shipped().taxonomy(), MatchWeights.defaults());
        baseline = new Properties();
        try (InputStream in = RankingQualityBaselineTest.class.getResourceAsStream("/eval/occupation-baseline.properties")) {
            baseline.load(in);
        }
    }

    @AfterAll
    static void tearDown() {
        eval.close();
    }

    private void check(NoiseLevel level) {
        var r = eval.evaluate(level.name(), eval.sample(level, SEED, STRIDE));
        System.out.println(r);
        assertThat(r.mrr10()).as(level.name() + " MRR@10").isGreaterThanOrEqualTo(expected(level, "mrr10") - TOLERANCE);
        assertThat(r.ndcg10()).as(level.name() + " nDCG@10").isGreaterThanOrEqualTo(expected(level, "ndcg10") - TOLERANCE);
    }

    private static double expected(NoiseLevel level, String metric) {
        String v = baseline.getProperty(level.name() + "." + metric);
        assertThat(v).as("baseline for " + level.name() + "." + metric).isNotNull();
        return Double.parseDouble(v);
    }

    @Test
    void cleanProfilesFindTheirOccupationAsWellAsTheBaseline() {
        check(NoiseLevel.CLEAN);
    }

    @Test
    void profilesWithReplacedSkillsAndAPreviousJobFindTheirOccupationAsWellAsTheBaseline() {
        check(NoiseLevel.MEDIUM);
    }

    @Test
    void hardProfilesWithFewEssentialsFindTheirOccupationAsWellAsTheBaseline() {
        check(NoiseLevel.HARD);
    }

    @Test
    void candidateSearchReturnsTheExactTopTenAlmostAlways() {
        double identical = CandidateRecall.identicalTop10(eval, eval.sample(NoiseLevel.MEDIUM, SEED, 3 * STRIDE));
        System.out.printf(Locale.ROOT, "identical top-10: %.4f%n", identical);
        assertThat(identical).isGreaterThanOrEqualTo(0.95);
    }
}
