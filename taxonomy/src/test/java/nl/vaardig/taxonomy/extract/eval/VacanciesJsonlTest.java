package nl.vaardig.taxonomy.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VacanciesJsonlTest {

    @TempDir
    Path dir;

    @Test
    void readsTextAndGoldUrisAndSkipsTextsWithoutGold() throws IOException {
        Path file = dir.resolve("v.jsonl");
        Files.writeString(file, """
                {"id": "a", "n": 3.5, "ok": true, "x": null, "text": "Kok (m/v)\\nJe kookt \\"vers\\" \\u00e9n snel.", "gold": [{"uri": "http://data.europa.eu/esco/skill/1", "label_en": "cook"}, {"uri": "http://data.europa.eu/esco/skill/2"}]}

                {"id": "b", "text": "Geen vaardigheden.", "gold": []}
                """, StandardCharsets.UTF_8);

        List<AnnotatedText> texts = VacanciesJsonl.read(file);

        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).text()).isEqualTo("Kok (m/v)\nJe kookt \"vers\" én snel.");
        assertThat(texts.get(0).goldSkillUris()).containsExactlyInAnyOrder(
                "http://data.europa.eu/esco/skill/1", "http://data.europa.eu/esco/skill/2");
    }

    @Test
    void aLineWithoutTextOrGoldNamesItsLineNumber() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"text\": \"x\", \"gold\": []}\n{\"id\": 1}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VacanciesJsonl.read(file)).hasMessageContaining("line 2");
    }
}
