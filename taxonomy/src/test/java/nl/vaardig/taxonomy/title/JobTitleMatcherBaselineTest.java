package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.vaardig.taxonomy.testing.ShippedTitleMatcher;
import org.junit.jupiter.api.Test;

/** The committed Dutch title set must not score below the committed baseline (minus a small tolerance). */
class JobTitleMatcherBaselineTest {

    @Test
    void titleToOccupationQualityDoesNotDropBelowTheBaseline() throws IOException {
        List<TitleEvaluation.Case> cases;
        try (InputStream in = getClass().getResourceAsStream("/eval/titles-nl.tsv")) {
            cases = TitleEvaluation.read(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
        var baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/eval/title-baseline.properties")) {
            baseline.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        double tolerance = Double.parseDouble(baseline.getProperty("tolerance"));

        TitleEvaluation.Figures figures = TitleEvaluation.evaluate(ShippedTitleMatcher.get(), cases);
        System.out.println("title -> occupation: " + figures);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(figures.mrr()).as("MRR").isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mrr")) - tolerance);
        assertThat(figures.accuracyAt1()).as("Accuracy@1")
                .isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("accuracyAt1")) - tolerance);
        assertThat(figures.accuracyAt10()).as("Accuracy@10")
                .isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("accuracyAt10")) - tolerance);
    }
}
