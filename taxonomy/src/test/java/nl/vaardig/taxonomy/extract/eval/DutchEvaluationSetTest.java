package nl.vaardig.taxonomy.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutchEvaluationSetTest {

    @Test
    void dutchSetHasAtLeastFortyTextsWithFiveToFifteenResolvableGoldSkills() {
        AnnotationsCsv.Loaded loaded = EvalFixtures.load().dutchSetWithProblems();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.texts()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(loaded.texts()).allSatisfy(t -> assertThat(t.goldSkillUris()).hasSizeBetween(5, 15));
    }

    @Test
    void dutchTextsContainBoilerplateAsRealVacanciesDo() {
        long withOffer = EvalFixtures.load().dutchSet().stream()
                .filter(t -> t.text().matches("(?s).*(bieden|salaris|Salaris|cao).*")).count();
        assertThat(withOffer).isGreaterThanOrEqualTo(40);
    }

    @Test
    void benchmarkFormatRowsAreGroupedPerSentenceAndPlaceholdersDropped() throws IOException {
        String csv = """
                sentence,span,sub_span,label
                Experience with Java and SQL,Java,,Java (computer programming)
                Experience with Java and SQL,SQL,,SQL
                BS degree,BS degree,,LABEL NOT PRESENT
                Be awesome,awesome,,UNDERSPECIFIED
                Uses Foo,Foo,,no such label
                """;
        Map<String, String> uris = Map.of("Java (computer programming)", "http://data.europa.eu/esco/skill/java",
                "SQL", "http://data.europa.eu/esco/skill/sql");
        AnnotationsCsv.Loaded loaded = AnnotationsCsv.read(new StringReader(csv), uris);
        assertThat(loaded.texts()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Experience with Java and SQL");
            assertThat(t.goldSkillUris()).hasSize(2);
        });
        assertThat(loaded.problems()).singleElement().asString().contains("no such label");
    }
}
