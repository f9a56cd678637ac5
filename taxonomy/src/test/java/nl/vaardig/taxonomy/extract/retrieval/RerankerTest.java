package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
    void aModelWithWeightsPerLanguageWeighsDutchTextByItsOwn() {
        // English text: label cover decides; Dutch text: the occupation lift does
        int cover = CandidateFeatures.NAMES.indexOf("label-cover-en");
        int lift = CandidateFeatures.NAMES.indexOf("occupation-lift");
        int dutch = CandidateFeatures.NAMES.indexOf("dutch-text");
        org.tribuo.classification.LabelFactory factory = new org.tribuo.classification.LabelFactory();
        org.tribuo.MutableDataset<org.tribuo.classification.Label> data = new org.tribuo.MutableDataset<>(
                new org.tribuo.provenance.SimpleDataSourceProvenance("synthetic", factory), factory);
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 4000; i++) {
            double[] f = new double[CandidateFeatures.NAMES.size()];
            f[cover] = random.nextDouble();
            f[lift] = random.nextDouble();
            f[dutch] = random.nextBoolean() ? 1 : 0;
            boolean match = (f[dutch] == 1 ? f[lift] : f[cover]) > 0.5;
            data.add(Reranker.example(f, f.length, true, match));
        }
        Reranker model = Reranker.of(new org.tribuo.classification.sgd.linear.LogisticRegressionTrainer().train(data));

        assertThat(model.perLanguage()).isTrue();
        double[] english = new double[CandidateFeatures.NAMES.size()];
        english[cover] = 0.9;
        english[lift] = 0.1;
        double[] dutchText = english.clone();
        dutchText[dutch] = 1;
        assertThat(model.score(english)).isGreaterThan(0.5);
        assertThat(model.score(dutchText)).isLessThan(0.5);
        for (double[] f : List.of(english, dutchText)) {
            assertThat(model.score(f)).isCloseTo(model.scoreWithTribuo(f), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(SHIPPED.score(english)).isCloseTo(SHIPPED.scoreWithTribuo(english), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SHIPPED.score(dutchText)).isCloseTo(SHIPPED.scoreWithTribuo(dutchText), org.assertj.core.data.Offset.offset(1e-9));
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
