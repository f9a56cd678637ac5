package nl.vaardig.web.coach;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.demo.DemoSubjects;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A jobcoach sees exactly the people who asked for a coach in one of the coach's regions, pseudonymously; their
 * file (skills, matches, routes, notes) is logged as viewed; everyone else is refused, and a withdrawal of the
 * coach-help consent takes the person off the caseload at once.
 */
@VaardigIntegrationTest
class CoachCaseloadIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;

    Http http;
    CoachFixtures fx;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fx = new CoachFixtures(http, tokens, candidates, jdbc);
    }

    /** Every row of the coach's caseload, all pages. */
    List<JsonNode> caseload(String coach, String query) {
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = fx.ok(http.get("/api/coach/caseload?size=100&page=" + page + query, bearer(coach)), 200);
            answer.get("items").forEach(rows::add);
            if ((page + 1) * 100 >= answer.get("total").asInt()) {
                return rows;
            }
        }
    }

    static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(r -> r.get("profileId").asString()).toList();
    }

    @Test
    void theCaseloadHoldsOnlyPeopleWhoAskedForACoachInTheCoachsOwnRegions() {
        UUID vacancy = fx.demoVacancies().getFirst();
        var asked = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        var elsewhere = fx.seeker("AM22", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        var searchOnly = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.EMPLOYER_SEARCH);

        List<JsonNode> rows = caseload(fx.coach(), "");
        assertThat(ids(rows)).contains(asked.profile().value().toString())
                .doesNotContain(elsewhere.profile().value().toString(), searchOnly.profile().value().toString())
                .doesNotHaveDuplicates();
        for (JsonNode row : rows) {
            assertThat(row.get("label").asString()).matches("Kandidaat [0-9A-F]{4}");
            assertThat(row.get("caseloadRegions").valueStream().map(JsonNode::asString).toList()).containsExactly("AM18");
            assertThat(row.toString()).doesNotContain("owner").doesNotContain("subject");
        }
        JsonNode mine = rows.stream().filter(r -> r.get("profileId").asString().equals(asked.profile().value().toString()))
                .findFirst().orElseThrow();
        assertThat(mine.get("skills").asInt()).isPositive();
        assertThat(mine.get("openProposals").asInt()).isZero();
        assertThat(mine.get("lastNoteAt").isNull()).isTrue();
        assertThat(mine.get("topMatches").size()).isBetween(1, 3);
        assertThat(mine.get("topMatches").valueStream().map(m -> m.get("vacancyId").asString()))
                .as("her best vacancy is the one her skills were copied from").contains(vacancy.toString());

        assertThat(ids(caseload(fx.rijnmondCoach(), ""))).contains(elsewhere.profile().value().toString())
                .doesNotContain(asked.profile().value().toString());
        assertThat(ids(caseload(fx.coach(), "&region=AM18"))).contains(asked.profile().value().toString());
        assertThat(fx.fieldsOf(http.get("/api/coach/caseload?region=AM22", bearer(fx.coach()))))
                .as("filtering on a region that is not the coach's").containsExactly("region");
        assertThat(fx.fieldsOf(http.get("/api/coach/caseload?size=1000", bearer(fx.coach())))).containsExactly("size");
    }

    @Test
    void theDemoJobSeekerIsOnTheAmsterdamCaseloadAndNotOnRijnmonds() {
        UUID demo = candidates.profileOwnedBy(DemoSubjects.subjectOf("werkzoekende")).orElseThrow().value();
        assertThat(http.get("/api/coach/candidates/" + demo, bearer(fx.coach())).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/coach/candidates/" + demo, bearer(fx.rijnmondCoach())).statusCode()).isEqualTo(404);
    }

    @Test
    void theCandidateFileShowsSkillsMatchesInTheRegionRoutesAndIsLoggedAsViewed() {
        UUID vacancy = fx.demoVacancies().get(1);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        JsonNode file = fx.ok(http.get("/api/coach/candidates/" + seeker.profile().value(), bearer(fx.coach())), 200);

        JsonNode profile = file.get("profile");
        assertThat(profile.get("label").asString()).matches("Kandidaat [0-9A-F]{4}");
        assertThat(profile.get("region").asString()).isEqualTo("AM18");
        JsonNode skill = profile.get("skills").get(0);
        assertThat(skill.get("label").asString()).isNotBlank();
        assertThat(skill.get("level").asString()).isEqualTo("ADVANCED");
        assertThat(skill.get("evidence").asString()).isEqualTo("WORK");
        assertThat(skill.get("doesIt").asBoolean()).isTrue();
        assertThat(skill.get("canDoIt").asBoolean()).isTrue();
        assertThat(skill.get("wantsToLearn").asBoolean()).isFalse();
        assertThat(skill.get("givesEnergy").asBoolean()).isTrue();

        assertThat(file.get("matches").size()).isPositive();
        file.get("matches").forEach(m -> assertThat(m.get("vacancy").get("region").asString()).isEqualTo("AM18"));
        assertThat(file.get("matches").valueStream().map(m -> m.get("vacancy").get("id").asString()))
                .as("the vacancy whose skills the person holds").contains(vacancy.toString());
        assertThat(file.get("routes").has("routes")).isTrue();
        assertThat(file.get("notes").size()).isZero();
        assertThat(file.get("proposals").size()).isZero();
        assertThat(fx.auditActions(seeker.profile())).contains("PROFILE_VIEWED_BY_COACH");
    }

    @Test
    void notesAreWrittenValidatedSharedAmongTheRegionsCoachesAndAuditedWithoutTheirText() {
        var seeker = fx.seeker("AM18", null, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        String path = "/api/coach/candidates/" + seeker.profile().value() + "/notes";
        JsonNode note = fx.ok(http.post(path, "{\"text\":\"Sterk in planning; wil graag in de thuiszorg.\"}",
                bearer(fx.coach())), 201);
        assertThat(note.get("authorLabel").asString()).isEqualTo("Jobcoach AM18");

        String colleague = fx.tokens.jobcoach("jobcoach-2", "AM18", "AM17");
        JsonNode list = fx.ok(http.get(path, bearer(colleague)), 200);
        assertThat(list.get("items").get(0).get("text").asString()).isEqualTo("Sterk in planning; wil graag in de thuiszorg.");

        assertThat(fx.fieldsOf(http.post(path, "{\"text\":\"  \"}", bearer(fx.coach())))).containsExactly("text");
        assertThat(fx.fieldsOf(http.post(path, "{\"text\":\"" + "x".repeat(2001) + "\"}", bearer(fx.coach()))))
                .containsExactly("text");
        assertThat(http.post(path, "{\"text\":\"Hallo\"}", bearer(fx.rijnmondCoach())).statusCode()).isEqualTo(404);
        assertThat(http.get(path, bearer(fx.rijnmondCoach())).statusCode()).isEqualTo(404);

        JsonNode row = caseload(fx.coach(), "").stream()
                .filter(r -> r.get("profileId").asString().equals(seeker.profile().value().toString())).findFirst().orElseThrow();
        assertThat(row.get("lastNoteAt").isNull()).isFalse();
        assertThat(fx.auditActions(seeker.profile())).containsOnlyOnce("COACH_NOTE_WRITTEN");
        assertThat(jdbc.sql("select count(*) from audit_entry where profile_id = ? and detail like '%planning%'")
                .param(seeker.profile().value()).query(Long.class).single()).as("no note text in the audit").isZero();
    }

    @Test
    void withdrawingCoachHelpTakesThePersonOffTheCaseloadAtOnce() {
        var seeker = fx.seeker("AM18", null, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        String file = "/api/coach/candidates/" + seeker.profile().value();
        assertThat(http.get(file, bearer(fx.coach())).statusCode()).isEqualTo(200);

        fx.withdrawCoachHelp(seeker.profile());
        assertThat(http.get(file, bearer(fx.coach())).statusCode()).isEqualTo(404);
        assertThat(http.get(file + "/notes", bearer(fx.coach())).statusCode()).isEqualTo(404);
        assertThat(ids(caseload(fx.coach(), ""))).doesNotContain(seeker.profile().value().toString());
    }

    @Test
    void othersAreRefused() {
        var seeker = fx.seeker("AM18", null, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        var notAsked = fx.seeker("AM18", null, ConsentKind.KEEP_PROFILE, ConsentKind.EMPLOYER_SEARCH);
        String file = "/api/coach/candidates/" + seeker.profile().value();
        assertThat(http.get(file, bearer(fx.rijnmondCoach())).statusCode()).as("coach of another region").isEqualTo(404);
        assertThat(http.get("/api/coach/candidates/" + notAsked.profile().value(), bearer(fx.coach())).statusCode())
                .as("no coach-help consent").isEqualTo(404);
        assertThat(http.get("/api/coach/candidates/" + UUID.randomUUID(), bearer(fx.coach())).statusCode()).isEqualTo(404);
        for (String path : List.of("/api/coach/caseload", file, file + "/notes")) {
            assertThat(http.get(path, bearer(fx.employer())).statusCode()).as("employer " + path).isEqualTo(403);
            assertThat(http.get(path, bearer(seeker.token())).statusCode()).as("the person " + path).isEqualTo(403);
            assertThat(http.get(path, bearer(fx.tokens.admin())).statusCode()).as("admin " + path).isEqualTo(403);
            assertThat(http.get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
        }
        assertThat(http.post(file + "/notes", "{\"text\":\"x\"}", bearer(fx.employer())).statusCode()).isEqualTo(403);
        assertThat(http.post(file + "/notes", "{\"text\":\"x\"}").statusCode()).isEqualTo(401);
    }
}
