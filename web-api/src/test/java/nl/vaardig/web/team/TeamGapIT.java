package nl.vaardig.web.team;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.taxonomy.region.AmrCode;
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
 * An employer describes its team as roles with skills and reads which skills its open vacancies need that no role
 * covers. Each organisation has its own team; only employers come in.
 */
@VaardigIntegrationTest
class TeamGapIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MatchingEngine engine;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** A fresh organisation per test, so no other test's vacancies or team count. */
    String freshEmployer() {
        return tokens.employer("it-werkgever", "IT Zorg " + UUID.randomUUID());
    }

    List<String> knownSkills(int n) {
        return jdbc.sql("select distinct jsonb_array_elements(skills)->>'uri' as uri from vacancy order by uri limit ?")
                .param(n).query(String.class).list();
    }

    String postVacancy(String token, String title, Map<String, Boolean> skills) {
        List<Map<String, Object>> asked = new ArrayList<>();
        skills.forEach((uri, essential) -> asked.add(Map.of("uri", uri, "essential", essential)));
        String body = json.writeValueAsString(Map.of("title", title, "description", "Voor de gap-test.", "region", "AM18",
                "hoursMin", 24, "hoursMax", 32, "contractType", "PERMANENT", "validFrom", "2025-01-01",
                "validUntil", "2099-12-31", "skills", asked));
        HttpResponse<String> posted = http.post("/api/vacancies", body, bearer(token));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        return json.readTree(posted.body()).get("id").asString();
    }

    HttpResponse<String> putRoles(String token, long version, List<Map<String, Object>> roles) {
        return http.put("/api/team/roles", json.writeValueAsString(Map.of("version", version, "roles", roles)), bearer(token));
    }

    static Map<String, Object> role(String name, int headcount, List<String> skills) {
        return Map.of("name", name, "headcount", headcount, "skills", skills);
    }

    JsonNode get(String token, String path) {
        HttpResponse<String> answer = http.get(path, bearer(token));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    @Test
    void theGapsAreTheSkillsTheOpenVacanciesNeedThatNoRoleCoversEssentialFirst() {
        String employer = freshEmployer();
        List<String> s = knownSkills(4);
        postVacancy(employer, "Verzorgende A", Map.of(s.get(0), true, s.get(1), false));
        postVacancy(employer, "Verzorgende B", Map.of(s.get(0), true, s.get(2), true, s.get(3), false));
        String closed = postVacancy(employer, "Gesloten", Map.of(s.get(3), true));
        HttpResponse<String> noVersion = http.post("/api/vacancies/" + closed + "/close", "{\"reason\":\"FILLED\"}", bearer(employer));
        assertThat(noVersion.statusCode()).as("closing without the version read is refused, naming it").isEqualTo(400);
        assertThat(noVersion.body()).contains("\"version\"");
        HttpResponse<String> close = http.post("/api/vacancies/" + closed + "/close", "{\"version\":1}", bearer(employer));
        assertThat(close.statusCode()).as(close.body()).isEqualTo(200);

        JsonNode before = get(employer, "/api/team/gaps");
        assertThat(before.get("openVacancies").asInt()).as("the closed one does not count").isEqualTo(2);
        assertThat(before.get("teamRoles").asInt()).isZero();
        assertThat(before.get("gaps").size()).as("no team yet: every needed skill is a gap").isEqualTo(4);

        assertThat(putRoles(employer, 0, List.of(role("Helpende", 3, List.of(s.get(1), s.get(3))),
                role("Teamleider", 1, List.of(s.get(3))))).statusCode()).isEqualTo(200);

        JsonNode reading = get(employer, "/api/team/gaps?lang=en");
        assertThat(reading.get("teamRoles").asInt()).isEqualTo(2);
        List<String> gaps = reading.get("gaps").valueStream().map(g -> g.get("skill").get("uri").asString()).toList();
        assertThat(gaps).as("essential first, most needed first").containsExactly(s.get(0), s.get(2));
        JsonNode first = reading.get("gaps").get(0);
        assertThat(first.get("essential").asBoolean()).isTrue();
        assertThat(first.get("vacancies").asInt()).isEqualTo(2);
        assertThat(first.get("essentialIn").asInt()).isEqualTo(2);
        assertThat(first.get("roles").asInt()).isZero();
        assertThat(first.get("skill").get("label").asString()).isNotBlank().isNotEqualTo(s.get(0));
        JsonNode covered = reading.get("covered");
        assertThat(covered.valueStream().map(c -> c.get("skill").get("uri").asString())).containsExactly(s.get(1), s.get(3));
        JsonNode byTwo = covered.get(1);
        assertThat(byTwo.get("roles").asInt()).isEqualTo(2);
        assertThat(byTwo.get("people").asInt()).isEqualTo(4);
    }

    @Test
    void aGapComesWithLearningRoutesThatTeachTheSkillInTheVacancysRegionOrOnline() {
        String employer = freshEmployer();
        LearningRoute taught = engine.routesFor(Set.of(new AmrCode("AM18"))).getFirst();
        String skill = taught.skills().getFirst().skill().value();
        String covered = knownSkills(1).getFirst();
        postVacancy(employer, "Met leerroute", Map.of(skill, true, covered, false));
        assertThat(putRoles(employer, 0, List.of(role("Helpende", 1, List.of(covered)))).statusCode()).isEqualTo(200);

        JsonNode reading = get(employer, "/api/team/gaps");
        JsonNode gap = reading.get("gaps").valueStream().filter(g -> g.get("skill").get("uri").asString().equals(skill))
                .findFirst().orElseThrow();
        JsonNode routes = gap.get("routes");
        assertThat(routes.size()).isBetween(1, 2);
        int previousWeeks = 0;
        for (JsonNode r : routes) {
            LearningRoute route = engine.route(new LearningRouteId(UUID.fromString(r.get("id").asString()))).orElseThrow();
            assertThat(route.skills()).as("teaches the gap itself").anyMatch(s -> s.skill().value().equals(skill));
            assertThat(route.availableIn(new AmrCode("AM18"))).isTrue();
            assertThat(r.get("title").asString()).isNotBlank();
            assertThat(r.get("durationWeeks").asInt()).as("shortest first").isGreaterThanOrEqualTo(previousWeeks);
            previousWeeks = r.get("durationWeeks").asInt();
        }
        assertThat(reading.get("covered").get(0).get("routes").size()).as("no routes for what the team has").isZero();
    }

    @Test
    void rolesAreSavedWithOptimisticLockingAndReadBackWithLabels() {
        String employer = freshEmployer();
        JsonNode empty = get(employer, "/api/team/roles");
        assertThat(empty.get("version").asLong()).isZero();
        assertThat(empty.get("roles").size()).isZero();
        List<String> s = knownSkills(2);

        HttpResponse<String> saved = putRoles(employer, 0, List.of(role("Wijkverpleegkundige", 4, s)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json.readTree(saved.body()).get("version").asLong()).isEqualTo(1);
        JsonNode read = get(employer, "/api/team/roles?lang=nl");
        assertThat(read.get("version").asLong()).isEqualTo(1);
        JsonNode role = read.get("roles").get(0);
        assertThat(role.get("name").asString()).isEqualTo("Wijkverpleegkundige");
        assertThat(role.get("headcount").asInt()).isEqualTo(4);
        assertThat(role.get("skills").valueStream().map(k -> k.get("uri").asString())).containsExactlyElementsOf(s);
        assertThat(role.get("skills").get(0).get("label").asString()).isNotBlank();

        HttpResponse<String> stale = putRoles(employer, 0, List.of(role("Later", 1, List.of())));
        assertThat(stale.statusCode()).as("someone saved meanwhile").isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(putRoles(employer, 5, List.of()).statusCode()).as("a version never read").isEqualTo(409);
        assertThat(putRoles(employer, 1, List.of()).statusCode()).isEqualTo(200);
        assertThat(get(employer, "/api/team/roles").get("version").asLong()).isEqualTo(2);
    }

    @Test
    void eachOrganisationReadsAndWritesOnlyItsOwnTeam() {
        String one = freshEmployer();
        String other = freshEmployer();
        assertThat(putRoles(one, 0, List.of(role("Kok", 2, knownSkills(1)))).statusCode()).isEqualTo(200);
        assertThat(get(other, "/api/team/roles").get("roles").size()).isZero();
        assertThat(get(other, "/api/team/gaps").get("openVacancies").asInt()).isZero();
        assertThat(putRoles(other, 0, List.of()).statusCode()).as("its own version 0, untouched by the first").isEqualTo(200);
        assertThat(get(one, "/api/team/roles").get("roles").get(0).get("name").asString()).isEqualTo("Kok");
    }

    @Test
    void invalidTeamsAreRefusedWithAMessagePerField() {
        String employer = freshEmployer();
        String skill = knownSkills(1).getFirst();
        assertThat(fields(putRoles(employer, 0, List.of(role(" ", 0, List.of(skill))))))
                .containsExactlyInAnyOrder("roles[0].name", "roles[0].headcount");
        assertThat(fields(putRoles(employer, 0, List.of(role("x".repeat(81), 501, List.of())))))
                .containsExactlyInAnyOrder("roles[0].name", "roles[0].headcount");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(skill);
        }
        assertThat(fields(putRoles(employer, 0, List.of(role("Veel", 1, many))))).containsExactly("roles[0].skills");
        List<Map<String, Object>> roles = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            roles.add(role("Rol " + i, 1, List.of()));
        }
        assertThat(fields(putRoles(employer, 0, roles))).containsExactly("roles");
        assertThat(fields(putRoles(employer, 0, List.of(role("Onbekend", 1, List.of(skill, "http://data.europa.eu/esco/skill/bestaat-niet"))))))
                .containsExactly("roles[0].skills[1]");
        assertThat(fields(http.put("/api/team/roles", "{\"roles\":[]}", bearer(employer)))).containsExactly("version");
        assertThat(get(employer, "/api/team/roles").get("version").asLong()).as("nothing was saved").isZero();
    }

    @Test
    void onlyEmployersWithAnOrganisationComeIn() {
        String body = "{\"version\":0,\"roles\":[]}";
        List<String> others = List.of(tokens.jobSeeker("werkzoekende"),
                tokens.jobcoach("jobcoach", "AM18"),
                tokens.regio("regio", "AM18"), tokens.admin(),
                tokens.employer("werkgever-zonder-organisatie", null));
        for (String token : others) {
            assertThat(http.get("/api/team/roles", bearer(token)).statusCode()).isEqualTo(403);
            assertThat(http.put("/api/team/roles", body, bearer(token)).statusCode()).isEqualTo(403);
            assertThat(http.get("/api/team/gaps", bearer(token)).statusCode()).isEqualTo(403);
        }
        assertThat(http.get("/api/team/roles").statusCode()).isEqualTo(401);
        assertThat(http.put("/api/team/roles", body).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/team/gaps").statusCode()).isEqualTo(401);
    }

    List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
