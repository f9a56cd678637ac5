package nl.vaardig.taxonomy.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards extraction quality: RP@5 and RP@10 per evaluation set may not fall more than the tolerance below
 * {@code baseline.properties}. The Dutch set ships with the tests; TECH and HOUSE are read from the
 * benchmark folder ({@code -Dvaardig.benchmark.dir}) and skipped when it is absent.
 */
class ExtractionQualityBaselineTest {

    private static final Path BENCHMARK = ExtractionEvaluation.DEFAULT_BENCHMARK;

    @ParameterizedTest
    @ValueSource(strings = {"DUTCH", "TECH", "HOUSE"})
    void rankingQualityDoesNotDropBelowTheBaseline(String set) throws IOException {
        EvalFixtures fixtures = EvalFixtures.load();
        List<AnnotatedText> texts;
        if (set.equals("DUTCH")) {
            texts = fixtures.dutchSet();
        } else {
            Path file = BENCHMARK.resolve(set.toLowerCase(java.util.Locale.ROOT) + "_validation_annotations.csv");
            assumeTrue(Files.exists(file), "benchmark sample not present: " + file);
            texts = fixtures.annotations(file);
        }
        Properties baseline = baseline();
        double tolerance = Double.parseDouble(baseline.getProperty("quality.tolerance"));
        ExtractionEvaluation.SetScore score = ExtractionEvaluation.score(set, fixtures.extractor(), texts, false, fixtures.labelByUri());
        assertThat(score.rp5() * 100).as(set + " RP@5 (" + score + ")")
                .isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty(set + ".rp5")) - tolerance);
        assertThat(score.rp10() * 100).as(set + " RP@10 (" + score + ")")
                .isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty(set + ".rp10")) - tolerance);
    }

    private static Properties baseline() throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExtractionQualityBaselineTest.class.getResourceAsStream("/eval/extract/baseline.properties")) {
            p.load(in);
        }
        return p;
    }
}
