package nl.vaardig.matching.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class DemoDataExportTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesOneSyntheticRecordPerLine() throws Exception {
        DemoDataExport.main(new String[] {"--out", dir.toString(), "--vacancies", "50", "--profiles", "20", "--routes", "10",
                "--from", "2024-01-01", "--to", "2024-12-31", "--seed", "3"});
        var json = JsonMapper.builder().build();
        List<String> vacancies = Files.readAllLines(dir.resolve("vacancies.jsonl"));
        assertThat(vacancies).hasSize(50).allSatisfy(line -> {
            var node = json.readTree(line);
            assertThat(node.get("synthetic").asBoolean()).isTrue();
            assertThat(node.get("title").asString()).endsWith("(demo)");
            assertThat(node.get("essential").size()).isPositive();
            assertThat(node.get("published").asString()).startsWith("2024-");
        });
        assertThat(Files.readAllLines(dir.resolve("profiles.jsonl"))).hasSize(20);
        assertThat(Files.readAllLines(dir.resolve("routes.jsonl"))).hasSize(10)
                .allSatisfy(line -> assertThat(line).contains("(demo)"));
    }
}
