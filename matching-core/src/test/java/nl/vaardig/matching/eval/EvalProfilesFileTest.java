package nl.vaardig.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalProfilesFileTest {

    @TempDir
    Path dir;

    @Test
    void jsonLinesProfilesAreReadInOrderAndBlankLinesSkipped() throws IOException {
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, """
                {"skills":["http://data.europa.eu/esco/skill/a","http://data.europa.eu/esco/skill/b"],"expected":"http://data.europa.eu/esco/occupation/x"}

                {"skills":[],"expected":"http://data.europa.eu/esco/occupation/y"}
                """);
        var profiles = OccupationEvaluation.readJsonl(f);
        assertThat(profiles).hasSize(2);
        assertThat(profiles.getFirst().skills()).containsExactly(new SkillUri("http://data.europa.eu/esco/skill/a"),
                new SkillUri("http://data.europa.eu/esco/skill/b"));
        assertThat(profiles.get(1).expected()).isEqualTo(new OccupationUri("http://data.europa.eu/esco/occupation/y"));
    }

    @Test
    void aBrokenLineIsReportedWithItsLineNumber() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"skills\":[],\"expected\":\"http://data.europa.eu/esco/occupation/x\"}\n{\"skills\":[]}\n");
        assertThatThrownBy(() -> OccupationEvaluation.readJsonl(f)).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }
}
