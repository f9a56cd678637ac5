package nl.vaardig.taxonomy.dutch;

import nl.vaardig.taxonomy.csv.CsvHeaderException;
import nl.vaardig.taxonomy.csv.CsvRow;
import nl.vaardig.taxonomy.csv.CsvTableLoader;
import nl.vaardig.taxonomy.csv.RowMapper;
import nl.vaardig.taxonomy.csv.RowIssue;
import nl.vaardig.taxonomy.model.SkillUri;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GeneratedDutchLabelsTest {

    private static final String SKILL = "http://data.europa.eu/esco/skill/aaaaaaaa-0000-0000-0000-00000000000";

    @Test
    void goldenFixtureLoadsGoodRowsAndCountsBadOnesWithTheirLineNumbers() {
        var labels = GeneratedDutchLabels.read("fixture",
                GeneratedDutchLabelsTest.class.getResourceAsStream("/dutch/generated_labels_fixture.csv"));

        assertThat(labels.all()).hasSize(3);
        assertThat(labels.label(new SkillUri(SKILL + "1"))).contains(
                new GeneratedLabel("veiligheidsbeheer toepassen", 0.734, "template"));
        assertThat(labels.label(new SkillUri(SKILL + "6")).orElseThrow().text())
                .isEqualTo("gegevens, informatie en digitale inhoud beheren");
        assertThat(labels.label(new SkillUri(SKILL + "3"))).isEmpty();
        assertThat(labels.stats().rowsRead()).isEqualTo(6);
        assertThat(labels.stats().badRows()).extracting(RowIssue::line).containsExactly(4L, 5L, 6L);
        assertThat(labels.stats().badRows().get(0).reason()).contains("not a number");
        assertThat(labels.stats().badRows().get(1).reason()).contains("[0,1]");
        assertThat(labels.stats().badRows().get(2).reason()).contains("label_nl");
    }

    @Test
    void aFileWithoutTheConfidenceColumnIsRefusedByName() {
        var csv = new ByteArrayInputStream("conceptUri,label_nl,method\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> GeneratedDutchLabels.read("no-confidence", csv))
                .isInstanceOf(CsvHeaderException.class).hasMessageContaining("confidence");
    }

    @Test
    void shownOnlyAtOrAboveTheThreshold() {
        assertThat(GeneratedDutchLabels.shown(new GeneratedLabel("a", GeneratedDutchLabels.SHOW_THRESHOLD, "m"))).isTrue();
        assertThat(GeneratedDutchLabels.shown(
                new GeneratedLabel("a", Math.nextDown(GeneratedDutchLabels.SHOW_THRESHOLD), "m"))).isFalse();
    }

    @Test
    void aLabelIsValidated() {
        assertThatThrownBy(() -> new GeneratedLabel(" ", 0.5, "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratedLabel("a", Double.NaN, "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratedLabel("a", -0.1, "m")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedFileCoversEverySkillWithoutADutchCollectionLabelAndNoneWithOne() throws IOException {
        var shipped = GeneratedDutchLabels.shipped();
        var collection = new HashSet<String>();
        try (InputStream in = new GZIPInputStream(GeneratedDutchLabelsTest.class.getResourceAsStream(
                "/nl/vaardig/taxonomy/esco/v1.1.1/nl/derived_skill_labels_nl.csv.gz"))) {
            CsvTableLoader.load("collection labels", in, new RowMapper<String>() {
                @Override
                public List<String> requiredColumns() {
                    return List.of("conceptUri");
                }

                @Override
                public String map(CsvRow row, Consumer<String> warn) {
                    return row.require("conceptUri");
                }
            }, collection::addAll);
        }
        assertThat(collection).hasSize(2_394);

        assertThat(shipped.stats().badRows()).isEmpty();
        assertThat(shipped.all().keySet()).extracting(SkillUri::value).doesNotContainAnyElementsOf(collection);
        // 13,896 skills minus the 7,007 with an official (crosswalk) or collection Dutch label
        assertThat(shipped.all()).hasSize(13_896 - 7_007);
        assertThat(shipped.all().values()).allSatisfy(l -> assertThat(l.text()).isNotBlank());
    }
}
