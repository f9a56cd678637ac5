package nl.vaardig.web.matching;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Compare occupations" (issue 18) on the running platform with its demo data: the question "what do I already have
 * for verpleegkundige vs. doktersassistent vs. apothekersassistent, what is missing, which route is shortest, how many
 * such jobs are open in my region?" answered anonymously and for a stored profile, and every bad input refused.
 */
@VaardigIntegrationTest
class OccupationComparisonIT {

    static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    static final String DOCTORS_ASSISTANT = "http://data.europa.eu/esco/occupation/0c041d1e-1841-4acb-b0a1-2c387a61bf65";
    static final String PHARMACY_TECHNICIAN = "http://data.europa.eu/esco/occupation/7b74626d-b487-48a1-9e80-47faf9928210";

    @LocalServerPort
    int port;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CandidateService candidates;
    @Autowired
    TestTokens tokens;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void threeOccupationsWithoutAnAccountShowHaveMissRoutesAndOpenVacanciesPerOccupation() {
        List<String> skills = nurseSkills(5);
        HttpResponse<String> answer = http.post("/api/public/match/compare?lang=nl",
                request(skills, "AM18", NURSE, DOCTORS_ASSISTANT, PHARMACY_TECHNICIAN));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("region").asString()).isEqualTo("AM18");
        assertThat(body.get("regionName").asString()).isEqualTo("Groot Amsterdam");
        JsonNode occupations = body.get("occupations");
        assertThat(occupations.valueStream().map(o -> o.get("uri").asString()).toList())
                .as("in the order asked").containsExactly(NURSE, DOCTORS_ASSISTANT, PHARMACY_TECHNICIAN);
        assertThat(occupations.get(0).get("label").asString()).isNotBlank();

        for (JsonNode o : occupations) {
            String uri = o.get("uri").asString();
            JsonNode fit = o.get("fit");
            assertThat(fit.get("percent").asInt()).isBetween(0, 100);
            assertThat(fit.get("essentials").asInt()).as("ESCO's essential skills of " + uri)
                    .isEqualTo(taxonomy.taxonomy().essentialSkills(new OccupationUri(uri)).size());
            assertThat(o.get("have").size() + o.get("partial").size() + o.get("missing").size() + o.get("optionalMissing").asInt())
                    .as("every requirement is had, partly had or missed")
                    .isEqualTo(taxonomy.taxonomy().essentialSkills(new OccupationUri(uri)).size()
                            + taxonomy.taxonomy().optionalSkills(new OccupationUri(uri)).size());
            assertThat(o.get("missing").valueStream().allMatch(m -> m.get("essential").asBoolean()))
                    .as("the missing list holds the essentials; optional ones are counted").isTrue();
            assertThat(o.get("have").valueStream().map(h -> h.get("skill").get("uri").asString())).allMatch(skills::contains);
            for (JsonNode p : o.get("partial")) {
                assertThat(skills).as("a partial match stands in with a skill of mine").contains(p.get("standIn").get("uri").asString());
                assertThat(p.get("reason").asString()).isNotBlank();
            }
            int weeks = 0;
            for (JsonNode route : o.get("routes").get("routes")) {
                assertThat(route.get("durationWeeks").asInt()).isPositive();
                weeks += route.get("durationWeeks").asInt();
            }
            assertThat(o.get("routeWeeks").asInt()).as("the routes' length together").isEqualTo(weeks);
            assertThat(o.get("openVacancies").asInt()).as("open " + uri + " vacancies in AM18").isEqualTo(openIn(uri, "AM18"));
        }
        JsonNode nurse = occupations.get(0);
        assertThat(nurse.get("have").size()).as("the nurse's own essential skills are had").isEqualTo(skills.size());
        assertThat(nurse.get("have").valueStream().map(h -> h.get("essential").asBoolean()).toList()).doesNotContain(false);
        assertThat(occupations.get(1).get("missing").size() + occupations.get(2).get("missing").size()).isPositive();
        assertThat(occupations.valueStream().anyMatch(o -> o.get("routes").get("routes").size() > 0))
                .as("the demo catalogue has routes towards care occupations").isTrue();

        JsonNode national = json.readTree(http.post("/api/public/match/compare",
                request(skills, null, NURSE, DOCTORS_ASSISTANT)).body());
        assertThat(national.get("region").isNull()).isTrue();
        assertThat(national.get("occupations").get(0).get("openVacancies").asInt()).isEqualTo(openIn(NURSE, null))
                .isGreaterThanOrEqualTo(nurse.get("openVacancies").asInt());
    }

    @Test
    void badComparisonsAreRefusedAsProblemsNamingTheField() {
        List<String> skills = nurseSkills(2);
        assertRefused(request(skills, "AM18", NURSE), "occupations");
        assertRefused(request(skills, "AM18", NURSE, DOCTORS_ASSISTANT, PHARMACY_TECHNICIAN, NURSE.replace("8d3e", "0c04")), "occupations");
        assertRefused(request(skills, "AM18", NURSE, "http://data.europa.eu/esco/occupation/not-an-occupation"), "occupations[1]");
        assertRefused(request(skills, "AM18", NURSE, "http://data.europa.eu/esco/skill/" + UUID.randomUUID()), "occupations[1]");
        assertRefused(request(skills, "AM18", NURSE, NURSE), "occupations[1]");
        assertRefused(request(List.of("http://data.europa.eu/esco/skill/nope"), "AM18", NURSE, DOCTORS_ASSISTANT), "profile.skills[0].uri");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            tooMany.add(skills.getFirst());
        }
        assertRefused(request(tooMany, "AM18", NURSE, DOCTORS_ASSISTANT), "profile.skills");
        assertRefused("{\"occupations\":[\"" + NURSE + "\",\"" + DOCTORS_ASSISTANT + "\"]}", "profile");
    }

    @Test
    void aJobSeekerComparesWithTheStoredProfileAndItsRegionAndOthersAreRefused() {
        String subject = "compare-" + UUID.randomUUID();
        List<ProfileSkill> held = nurseSkills(3).stream().map(s -> new ProfileSkill(new SkillUri(s), ProficiencyLevel.ADVANCED,
                EvidenceKind.WORK, SelfAssessment.DOES_IT)).toList();
        candidates.storeOwned(new Profile(ProfileId.random(), held, Set.of(), new AmrCode("AM22"), null, null, null, false), subject, List.of());
        String token = tokens.jobSeekerWithSubject(subject);
        String path = "/api/me/matches/compare?occupation=" + NURSE + "&occupation=" + PHARMACY_TECHNICIAN;

        HttpResponse<String> answer = http.get(path, bearer(token));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json.readTree(answer.body());
        assertThat(body.get("region").asString()).as("the profile's region").isEqualTo("AM22");
        assertThat(body.get("occupations").get(0).get("have").size()).isEqualTo(3);
        assertThat(body.get("occupations").get(1).get("openVacancies").asInt()).isEqualTo(openIn(PHARMACY_TECHNICIAN, "AM22"));

        HttpResponse<String> one = http.get("/api/me/matches/compare?occupation=" + NURSE, bearer(token));
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.body()).contains("\"field\":\"occupations\"");
        assertThat(http.get(path).statusCode()).isEqualTo(401);
        assertThat(http.get(path, bearer(tokens.employer("werkgever", "Zorggroep Amstelland"))).statusCode()).isEqualTo(403);
        assertThat(http.get(path, bearer(tokens.jobSeekerWithSubject("compare-" + UUID.randomUUID()))).statusCode())
                .as("no profile yet").isEqualTo(404);
    }

    private void assertRefused(String body, String field) {
        HttpResponse<String> refused = http.post("/api/public/match/compare", body);
        assertThat(refused.statusCode()).as(body.length() > 300 ? field : body).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()).collect(Collectors.toSet())).as(refused.body()).contains(field);
    }

    private List<String> nurseSkills(int n) {
        return taxonomy.taxonomy().essentialSkills(new OccupationUri(NURSE)).stream().limit(n).map(SkillUri::value).toList();
    }

    private int openIn(String occupation, String region) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        return jdbc.sql("select count(*) from vacancy where status = 'PUBLISHED' and occupation_uri = ? "
                        + "and valid_from <= ? and valid_until >= ? and (? = '' or region = ?)")
                .params(occupation, today, today, region == null ? "" : region, region == null ? "" : region)
                .query(Integer.class).single();
    }

    static String request(List<String> skills, String region, String... occupations) {
        String skillJson = skills.stream().map(s -> "{\"uri\":\"" + s + "\"}").collect(Collectors.joining(","));
        String occupationJson = java.util.Arrays.stream(occupations).map(o -> "\"" + o + "\"").collect(Collectors.joining(","));
        return "{\"profile\":{\"skills\":[" + skillJson + "]" + (region == null ? "" : ",\"region\":\"" + region + "\"")
                + "},\"occupations\":[" + occupationJson + "]}";
    }
}
