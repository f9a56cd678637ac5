package nl.vaardig.web.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The typeahead and the anonymous matching API on the running platform with its demo data (it profile). */
@VaardigIntegrationTest
class PublicMatchingIT {

    static final String ZORGHULP = "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082";

    @LocalServerPort
    int port;
    @Autowired
    TaxonomyRuntime taxonomy;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void theTypeaheadSuggestsSkillsWithTheirLabelLanguageToAnonymousVisitors() {
        JsonNode body = json.readTree(http.get("/api/public/taxonomy/suggest?q=" + enc("support nurses") + "&kind=skill&limit=5").body());
        JsonNode items = body.get("items");
        assertThat(items.size()).isBetween(1, 5);
        JsonNode first = items.get(0);
        assertThat(first.get("uri").asString()).startsWith("http://data.europa.eu/esco/skill/");
        assertThat(first.get("kind").asString()).isEqualTo("skill");
        assertThat(first.get("labelLanguage").asString()).isIn("nl", "en");
        // an English query finds the skill; the Dutch UI shows its official Dutch label
        assertThat(items.valueStream().map(i -> i.get("label").asString()).toList()).contains("verpleegkundigen ondersteunen");

        JsonNode occupations = json.readTree(http.get("/api/public/taxonomy/suggest?q=verpleegkundige&kind=occupation").body()).get("items");
        assertThat(occupations.size()).isPositive();
        assertThat(occupations.valueStream().allMatch(i -> "occupation".equals(i.get("kind").asString()))).isTrue();
        assertThat(occupations.get(0).get("labelLanguage").asString()).isEqualTo("nl");
    }

    @Test
    void theTypeaheadAnswersBlankTextWithNothingAndRefusesBadParametersAsProblems() {
        assertThat(http.get("/api/public/taxonomy/suggest?q=%20").body()).isEqualTo("{\"items\":[]}");
        for (String query : List.of("q=" + "a".repeat(101), "q=zorg&kind=vacancy", "q=zorg&limit=0", "q=zorg&limit=26",
                "q=zorg&limit=veel", "q=zorg&lang=de")) {
            HttpResponse<String> refused = http.get("/api/public/taxonomy/suggest?" + query);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void anAnonymousProfileGetsRankedVacanciesWhoseExplanationAddsUpToTheScore() {
        String body = vacancySearch(careSkills(4), "AM18");
        JsonNode items = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(http.post("/api/public/match/vacancies", body).body()).get("items"),
                found -> found != null && found.size() > 0 && found.valueStream()
                        .anyMatch(i -> "Zorggroep Amstelland".equals(i.get("vacancy").get("employer").asString())));
        double previous = Double.MAX_VALUE;
        for (JsonNode item : items) {
            double score = item.get("score").asDouble();
            assertThat(score).as("ranked best first").isLessThanOrEqualTo(previous);
            previous = score;
            JsonNode e = item.get("explanation");
            assertThat(e.get("score").asDouble()).isEqualTo(score);
            double parts = 0;
            for (JsonNode part : e.get("parts")) {
                parts += part.get("points").asDouble();
            }
            assertThat(parts).as("the parts add up to the shown score exactly").isEqualTo(score);
            assertThat(e.get("coverage").asDouble() + e.get("relevance").asDouble()).isEqualTo(score);
            assertThat(item.get("vacancy").get("region").asString()).isEqualTo("AM18");
            assertThat(item.get("vacancy").get("synthetic").asBoolean()).as("demo data says so").isTrue();
            assertThat(item.get("vacancy").get("title").asString()).endsWith("(demo)");
            JsonNode fit = item.get("fit");
            assertThat(fit.get("percent").asInt()).as("the readable scale").isBetween(0, 100);
            assertThat(fit.get("essentialsFull").asInt() + fit.get("essentialsPartial").asInt())
                    .as("a shown vacancy shares a real skill").isPositive().isLessThanOrEqualTo(fit.get("essentials").asInt());
        }
        assertThat(json.readTree(http.post("/api/public/match/vacancies", body).body()).get("nothingClose").asBoolean()).isFalse();
        JsonNode best = items.get(0).get("explanation");
        assertThat(best.get("matched").size()).isPositive();
        assertThat(best.get("missing").size()).isPositive();
        List<Boolean> essentialFirst = best.get("missing").valueStream().map(m -> m.get("essential").asBoolean()).toList();
        assertThat(essentialFirst).isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
    }

    @Test
    void onlyAGenericSkillInCommonAnswersNothingCloseYetWithTheSkillsThatOpenMostDoors() {
        String workInTeams = "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0"; // transversal
        JsonNode answer = json.readTree(http.post("/api/public/match/vacancies", vacancySearch(List.of(workInTeams), null)).body());
        if (answer.get("nothingClose").asBoolean()) {
            assertThat(answer.get("items").size()).isZero();
            assertThat(answer.get("doorOpeners").size()).isPositive();
        } else {
            assertThat(answer.get("items").size()).as("no demo vacancy asks it: nothing found at all").isZero();
        }
    }

    @Test
    void englishLabelsAreMarkedAsFallbackWhenDutchIsMissing() {
        JsonNode items = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(http.post("/api/public/match/vacancies?lang=nl", vacancySearch(careSkills(4), "AM18")).body()).get("items"),
                found -> found != null && found.size() > 0);
        JsonNode skill = items.get(0).get("explanation").get("matched").get(0).get("skill");
        String uri = skill.get("uri").asString();
        boolean hasDutch = !taxonomy.taxonomy().skill(new SkillUri(uri)).orElseThrow().label(java.util.Locale.of("nl")).fallback();
        assertThat(skill.get("labelLanguage").asString()).isEqualTo(hasDutch ? "nl" : "en");
    }

    @Test
    void invalidProfilesAreRefusedWithFieldErrors() {
        String unknown = vacancySearch(List.of(careSkills(1).getFirst(), "http://data.europa.eu/esco/skill/not-a-skill"), "AM18");
        HttpResponse<String> refused = http.post("/api/public/match/vacancies", unknown);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("profile.skills[1].uri");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Dit is geen bekende ESCO-vaardigheid.");

        List<String> tooMany = taxonomy.taxonomy().skills().stream().limit(201).map(s -> s.uri().value()).toList();
        JsonNode tooManyErrors = json.readTree(http.post("/api/public/match/vacancies", vacancySearch(tooMany, "AM18")).body()).get("errors");
        assertThat(tooManyErrors.valueStream().map(e -> e.get("field").asString()).toList()).contains("profile.skills");

        HttpResponse<String> badRegion = http.post("/api/public/match/vacancies", vacancySearch(careSkills(2), "Amsterdam"));
        assertThat(badRegion.statusCode()).isEqualTo(400);
        assertThat(badRegion.body()).contains("profile.region");

        HttpResponse<String> noSkills = http.post("/api/public/match/vacancies", "{\"profile\":{\"skills\":[]}}");
        assertThat(noSkills.statusCode()).isEqualTo(400);
        assertThat(noSkills.body()).contains("profile.skills");
    }

    @Test
    void learningRoutesCloseTheGapForAVacancyAnOccupationAndTheJobsInTheRegion() {
        String search = vacancySearch(careSkills(3), "AM18");
        JsonNode items = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(http.post("/api/public/match/vacancies", search).body()).get("items"),
                found -> found != null && found.valueStream()
                        .anyMatch(i -> "Zorggroep Amstelland".equals(i.get("vacancy").get("employer").asString())));
        String vacancyId = items.valueStream().filter(i -> "Zorggroep Amstelland".equals(i.get("vacancy").get("employer").asString()))
                .findFirst().orElseThrow().get("vacancy").get("id").asString();
        String profile = profileJson(careSkills(3), "AM18");

        for (String target : List.of("{\"type\":\"vacancy\",\"vacancyId\":\"" + vacancyId + "\"}",
                "{\"type\":\"occupation\",\"occupation\":\"" + ZORGHULP + "\"}", "{\"type\":\"region\"}")) {
            HttpResponse<String> answer = http.post("/api/public/match/routes", "{\"profile\":" + profile + ",\"target\":" + target + "}");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            JsonNode plan = json.readTree(answer.body());
            assertThat(plan.get("gaps").size()).as(target).isPositive();
            assertThat(plan.get("routes").size()).as(target).isPositive();
            JsonNode route = plan.get("routes").get(0);
            assertThat(route.get("title").asString()).endsWith("(demo)");
            assertThat(route.get("teaches").size()).isPositive();
            assertThat(route.get("closes").size()).isPositive();
            assertThat(route.get("gapClosed").asDouble()).isPositive();
            assertThat(plan.get("closedShare").asDouble()).isBetween(0.0, 1.0);
        }

        HttpResponse<String> noRegion = http.post("/api/public/match/routes",
                "{\"profile\":" + profileJson(careSkills(3), null) + ",\"target\":{\"type\":\"region\"}}");
        assertThat(noRegion.statusCode()).isEqualTo(400);
        assertThat(noRegion.body()).contains("profile.region");
        HttpResponse<String> unknownVacancy = http.post("/api/public/match/routes",
                "{\"profile\":" + profile + ",\"target\":{\"type\":\"vacancy\",\"vacancyId\":\"" + java.util.UUID.randomUUID() + "\"}}");
        assertThat(unknownVacancy.statusCode()).isEqualTo(404);
    }

    /** The first essentials of the demo employer's "zorghulp" vacancy. */
    List<String> careSkills(int n) {
        return taxonomy.taxonomy().essentialSkills(new OccupationUri(ZORGHULP)).stream().limit(n).map(SkillUri::value).toList();
    }

    static String vacancySearch(List<String> skills, String region) {
        return "{\"profile\":" + profileJson(skills, region) + ",\"limit\":20}";
    }

    static String profileJson(List<String> skills, String region) {
        String list = skills.stream().map(s -> "{\"uri\":\"" + s + "\",\"level\":\"ADVANCED\"}").collect(Collectors.joining(","));
        return "{\"skills\":[" + list + "]" + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
