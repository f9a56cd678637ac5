package nl.vaardig.web.vacancy;

import java.util.List;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.model.SkillUri;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class VacancySkillsJsonTest {

    final JsonMapper json = EnvelopeCodec.mapper();

    @Test
    void theSkillsColumnIsTheJsonAJacksonWriterWouldGiveWithEveryEvidenceCharacterKept() {
        String evidence = "zegt \"ja\" \\ nee\nnaar\tcliënt \u0001 \u001f — €";
        List<RequiredSkill> skills = List.of(
                new RequiredSkill(new SkillUri("http://data.europa.eu/esco/skill/aaa-1"), true, evidence),
                new RequiredSkill(new SkillUri("http://data.europa.eu/esco/skill/bbb-2"), false, null));

        String written = VacancyRepository.skillsJson(skills);

        JsonNode read = json.readTree(written);
        assertThat(read.size()).isEqualTo(2);
        assertThat(read.get(0).get("uri").asString()).isEqualTo("http://data.europa.eu/esco/skill/aaa-1");
        assertThat(read.get(0).get("essential").asBoolean()).isTrue();
        assertThat(read.get(0).get("evidence").asString()).isEqualTo(evidence.strip());
        assertThat(read.get(1).has("evidence")).as("no evidence: no key, as NON_NULL wrote it").isFalse();
        assertThat(read.get(1).get("essential").asBoolean()).isFalse();
        assertThat(read).isEqualTo(json.valueToTree(List.of(
                java.util.Map.of("uri", "http://data.europa.eu/esco/skill/aaa-1", "essential", true, "evidence", evidence.strip()),
                java.util.Map.of("uri", "http://data.europa.eu/esco/skill/bbb-2", "essential", false))));
    }

    @Test
    void noSkillsIsAnEmptyArray() {
        assertThat(VacancyRepository.skillsJson(List.of())).isEqualTo("[]");
    }

    @Test
    void aFeedsTagIsTheSameStringEveryTime() {
        VacancySource.Feed feed = new VacancySource.Feed("regio-feed", "R-1");
        assertThat(feed.tag()).isEqualTo("feed:regio-feed").isSameAs(new VacancySource.Feed("regio-feed", "R-2").tag());
    }
}
