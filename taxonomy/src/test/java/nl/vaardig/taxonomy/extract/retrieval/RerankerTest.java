package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RerankerTest {

    private static final Reranker SHIPPED = Reranker.shipped().orElseThrow();

    private static double[] features(double cover, double share) {
        double[] f = new double[CandidateFeatures.NAMES.size()];
        f[0] = share;
        f[1] = 1;
        f[3] = cover;
        f[4] = 1;
        f[5] = cover >= 1 ? 1 : 0;
        f[6] = 1;
        f[7] = cover;
        f[10] = 0.5;
        f[12] = 0.4;
        // the route: reached by its own English words, no occupation lift
        f[CandidateFeatures.NAMES.indexOf("retrieval-share-before-lift")] = share;
        f[CandidateFeatures.NAMES.indexOf("label-cover-en-own")] = cover;
        f[CandidateFeatures.NAMES.indexOf("sentence-words-covered")] = cover;
        f[CandidateFeatures.NAMES.indexOf("label-cover-vs-best")] = cover;
        f[CandidateFeatures.NAMES.indexOf("retrieval-rank-before-lift")] = 1;
        return f;
    }

    @Test
    void theShippedModelIsSmallAndLoads() throws IOException {
        try (InputStream in = Reranker.class.getResourceAsStream(Reranker.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(20 * 1024 * 1024);
        }
    }

    @Test
    void theFastScoreIsTribuosOwnPrediction() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            double[] f = new double[CandidateFeatures.NAMES.size()];
            for (int j = 0; j < f.length; j++) {
                f[j] = random.nextDouble();
            }
            assertThat(SHIPPED.score(f)).isCloseTo(SHIPPED.scoreWithTribuo(f), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aWhollyCoveredLabelOutranksAWeakOverlap() {
        double whole = SHIPPED.score(features(1.0, 1.0));
        double weak = SHIPPED.score(features(0.2, 0.3));

        assertThat(whole).isBetween(0.0, 1.0);
        assertThat(weak).isBetween(0.0, 1.0);
        assertThat(whole).isGreaterThan(weak);
    }
}
