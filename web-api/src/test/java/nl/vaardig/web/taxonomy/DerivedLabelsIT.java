package nl.vaardig.web.taxonomy;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A derived Dutch label ("bron: afgeleid") is flagged wherever a payload carries it: the typeahead, the job seeker's
 * profile and the LMI export names. The skill is whichever one the shipped taxonomy gives a derived Dutch label, so
 * the test follows the data instead of a label text copied into it.
 */
@VaardigIntegrationTest
class DerivedLabelsIT {

    /** Zorghulp: an occupation with an official Dutch ESCO label. */
    static final String ZORGHULP = "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082";
    static final Locale DUTCH = Locale.of("nl");

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    LmiVocabulary vocabulary;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** The first skill (by URI) whose Dutch label is derived, not ESCO's own. */
    Skill derivedSkill() {
        return taxonomy.taxonomy().skills().stream()
                .filter(s -> !s.label(DUTCH).fallback() && s.label(DUTCH).derived())
                .min(Comparator.comparing(s -> s.uri().value()))
                .orElseThrow(() -> new AssertionError("the shipped taxonomy has derived Dutch skill labels"));
    }

    JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    JsonNode suggestion(String text, String kind, String uri) {
        JsonNode items = ok(http.get("/api/public/taxonomy/suggest?lang=nl&limit=25&kind=" + kind + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).get("items");
        return items.valueStream().filter(i -> i.get("uri").asString().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(uri + " among the suggestions for '" + text + "': " + items));
    }

    @Test
    void theTypeaheadFlagsADerivedDutchLabelAndNotAnOfficialOne() {
        Skill skill = derivedSkill();
        ResolvedLabel dutch = skill.label(DUTCH);
        JsonNode item = suggestion(dutch.text(), "skill", skill.uri().value());
        assertThat(item.get("label").asString()).isEqualTo(dutch.text());
        assertThat(item.get("labelLanguage").asString()).isEqualTo("nl");
        assertThat(item.get("derived").asBoolean()).as("derived: " + item).isTrue();

        String occupationLabel = taxonomy.taxonomy().occupation(new OccupationUri(ZORGHULP)).orElseThrow().label(DUTCH).text();
        JsonNode occupation = suggestion(occupationLabel, "occupation", ZORGHULP);
        assertThat(occupation.get("labelLanguage").asString()).isEqualTo("nl");
        assertThat(occupation.get("derived").isBoolean()).isTrue();
        assertThat(occupation.get("derived").asBoolean()).as("an official ESCO label is not derived").isFalse();
    }

    @Test
    void theProfileEditorGetsTheDerivedFlagWithTheDutchLabel() {
        Skill skill = derivedSkill();
        String seeker = tokens.jobSeeker("it-derived-" + UUID.randomUUID());
        String body = """
                {"skills":[{"uri":"%s","level":"ADVANCED","evidence":"WORK","doesIt":true,"canDoIt":true,\
                "wantsToLearn":false,"givesEnergy":false}],"region":"AM18","hours":{"min":16,"max":32},\
                "consents":[{"kind":"KEEP_PROFILE"}]}""".formatted(skill.uri().value());
        HttpResponse<String> created = http.post("/api/me/profile", body, bearer(seeker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode saved = ok(http.get("/api/me/profile", bearer(seeker))).get("skills").get(0);
        assertThat(saved.get("labelNl").asString()).isEqualTo(skill.label(DUTCH).text());
        assertThat(saved.get("labelNlLanguage").asString()).isEqualTo("nl");
        assertThat(saved.get("labelNlDerived").asBoolean()).isTrue();
        assertThat(saved.get("labelEn").asString()).isEqualTo(skill.label(Locale.ENGLISH).text());
    }

    @Test
    void anExportNamesTheSkillInDutchAndEnglishAndSaysTheDutchNameIsDerived() {
        Skill skill = derivedSkill();
        LmiVocabulary.ExportNames names = vocabulary.exportNames(Dimension.SKILL, skill.uri().value());
        assertThat(names.dutch()).isEqualTo(skill.label(DUTCH).text());
        assertThat(names.english()).isEqualTo(skill.label(Locale.ENGLISH).text());
        assertThat(names.source()).isEqualTo(DutchLabelSource.DERIVED);
        assertThat(vocabulary.labelView(Dimension.SKILL, skill.uri().value(), DUTCH).derived()).isTrue();

        assertThat(vocabulary.exportNames(Dimension.OCCUPATION, ZORGHULP).source()).isEqualTo(DutchLabelSource.OFFICIAL);
        Skill englishOnly = taxonomy.taxonomy().skills().stream().filter(s -> s.label(DUTCH).fallback())
                .min(Comparator.comparing(s -> s.uri().value())).orElseThrow();
        LmiVocabulary.ExportNames none = vocabulary.exportNames(Dimension.SKILL, englishOnly.uri().value());
        assertThat(none.source()).isEqualTo(DutchLabelSource.NONE);
        assertThat(none.dutch()).as("no Dutch label: the Dutch column repeats the English one").isEqualTo(none.english());
    }
}
