package nl.vaardig.web.coach;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.ConsentKind;
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
 * A coach proposes a person of the caseload for a vacancy; the employer sees nothing until the person agrees and
 * shares contact details; the coach records the outcome. Answering twice and stale versions conflict; the events
 * travel over the real broker to the region feed.
 */
@VaardigIntegrationTest
class ProposalIT {

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

    HttpResponse<String> propose(String coach, Object profile, Object vacancy, String note) {
        return http.post("/api/coach/proposals", """
                {"profileId":%s,"vacancyId":%s,"note":"%s"}""".formatted(quoted(profile), quoted(vacancy), note),
                bearer(coach));
    }

    static String quoted(Object id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    List<String> employerProposalIds(String employer) {
        return fx.ok(http.get("/api/employer/proposals", bearer(employer)), 200).get("items").valueStream()
                .map(p -> p.get("id").asString()).toList();
    }

    long regionEvents(String subject, String typeSuffix) {
        return jdbc.sql("select count(*) from region_event where subject = ? and event_type like ?")
                .params(subject, "%" + typeSuffix).query(Long.class).single();
    }

    @Test
    void theEmployerSeesAProposalOnlyAfterThePersonAgreesAndTheCoachRecordsTheOutcome() {
        UUID vacancy = fx.demoVacancies().get(2);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);

        JsonNode made = fx.ok(propose(fx.coach(), seeker.profile().value(), vacancy, "Betrouwbaar en zorgzaam."), 201);
        String id = made.get("id").asString();
        assertThat(made.get("state").asString()).isEqualTo("AWAITING_CANDIDATE");
        assertThat(made.get("vacancy").get("employer").asString()).isEqualTo(CoachFixtures.ORGANISATION);
        assertThat(made.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(employerProposalIds(fx.employer())).as("not before the person agrees").doesNotContain(id);
        assertThat(http.put("/api/coach/proposals/" + id + "/outcome", "{\"outcome\":\"GESPREK\",\"version\":1}",
                bearer(fx.coach())).statusCode()).as("no outcome before the person agreed").isEqualTo(409);
        assertThat(propose(fx.coach(), seeker.profile().value(), vacancy, "nog eens").statusCode())
                .as("proposed twice for the same vacancy").isEqualTo(409);

        JsonNode mine = fx.ok(http.get("/api/me/proposals", bearer(seeker.token())), 200);
        assertThat(mine.get("items").valueStream().map(p -> p.get("id").asString())).containsExactly(id);
        assertThat(mine.get("items").get(0).get("note").asString()).isEqualTo("Betrouwbaar en zorgzaam.");
        assertThat(mine.get("label").asString()).as("the pseudonym coaches and employers see")
                .isEqualTo("Kandidaat " + seeker.profile().value().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT));

        String answer = "/api/me/proposals/" + id + "/answer";
        var stranger = fx.seeker("AM18", null, ConsentKind.KEEP_PROFILE);
        assertThat(http.post(answer, "{\"answer\":\"AGREED\",\"share\":{\"name\":\"X\"}}", bearer(stranger.token()))
                .statusCode()).as("someone else's proposal").isEqualTo(404);
        assertThat(fx.fieldsOf(http.post(answer, "{\"answer\":\"AGREED\",\"share\":{\"name\":\" \",\"email\":\"geen-adres\","
                + "\"phone\":\"bel me\"}}", bearer(seeker.token())))).containsExactly("share.name", "share.email", "share.phone");
        assertThat(fx.fieldsOf(http.post(answer, "{\"answer\":\"AGREED\"}", bearer(seeker.token())))).containsExactly("share.name");
        assertThat(fx.fieldsOf(http.post(answer, "{\"share\":{\"name\":\"Fatima\"}}", bearer(seeker.token()))))
                .containsExactly("answer");

        JsonNode agreed = fx.ok(http.post(answer, "{\"answer\":\"AGREED\",\"share\":{\"name\":\"Fatima de Vries\","
                + "\"email\":\"fatima@example.nl\",\"phone\":\"+31 6 1234 5678\"}}", bearer(seeker.token())), 200);
        assertThat(agreed.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(http.post(answer, "{\"answer\":\"DECLINED\"}", bearer(seeker.token())).statusCode())
                .as("answered twice").isEqualTo(409);

        JsonNode incoming = fx.ok(http.get("/api/employer/proposals", bearer(fx.employer())), 200).get("items")
                .valueStream().filter(p -> p.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(incoming.get("contact").get("name").asString()).isEqualTo("Fatima de Vries");
        assertThat(incoming.get("contact").get("email").asString()).isEqualTo("fatima@example.nl");
        assertThat(incoming.get("note").asString()).isEqualTo("Betrouwbaar en zorgzaam.");
        assertThat(incoming.get("candidateLabel").asString()).matches("Kandidaat [0-9A-F]{4}");
        assertThat(incoming.get("vacancy").get("id").asString()).isEqualTo(vacancy.toString());
        assertThat(employerProposalIds(fx.otherEmployer())).as("another organisation").doesNotContain(id);

        String outcome = "/api/coach/proposals/" + id + "/outcome";
        assertThat(http.put(outcome, "{\"outcome\":\"GESPREK\",\"version\":1}", bearer(fx.coach())).statusCode())
                .as("stale version").isEqualTo(409);
        assertThat(http.put(outcome, "{\"outcome\":\"GESPREK\",\"version\":2}", bearer(fx.rijnmondCoach())).statusCode())
                .as("coach of another region").isEqualTo(404);
        assertThat(fx.fieldsOf(http.put(outcome, "{\"version\":2}", bearer(fx.coach())))).containsExactly("outcome");
        JsonNode interview = fx.ok(http.put(outcome, "{\"outcome\":\"GESPREK\",\"version\":2}", bearer(fx.coach())), 200);
        assertThat(interview.get("outcome").asString()).isEqualTo("GESPREK");
        assertThat(interview.get("version").asLong()).isEqualTo(3);
        JsonNode hired = fx.ok(http.put(outcome, "{\"outcome\":\"AANGENOMEN\",\"version\":3}", bearer(fx.coach())), 200);
        assertThat(hired.get("outcome").asString()).isEqualTo("AANGENOMEN");
        assertThat(http.put(outcome, "{\"outcome\":\"AFGEWEZEN\",\"version\":4}", bearer(fx.coach())).statusCode())
                .as("hired is final").isEqualTo(409);

        // on the real broker: the region feed consumer received the proposal (on agreeing) and both outcomes
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(regionEvents(id, "proposed-by-coach")).isEqualTo(1);
            assertThat(regionEvents(id, "outcome-recorded")).isEqualTo(2);
        });
        assertThat(jdbc.sql("select summary::text from region_event where subject = ? and event_type like '%outcome-recorded' "
                + "order by occurred_at").param(id).query(String.class).list())
                .anySatisfy(s -> assertThat(s).contains("INTERVIEW")).anySatisfy(s -> assertThat(s).contains("HIRED"));
        // issue 18: the coach's feed line opens the candidate file the proposal is on, by the pseudonymous profile id
        assertThat(jdbc.sql("select summary->>'profileId' from region_event where subject = ? and event_type like '%proposed-by-coach'")
                .param(id).query(String.class).single()).isEqualTo(seeker.profile().value().toString());

        assertThat(fx.auditActions(seeker.profile())).contains("PROPOSAL_MADE", "PROPOSAL_ANSWERED", "CONTACT_SHARED",
                "OUTCOME_RECORDED", "PROFILE_VIEWED_BY_EMPLOYER");
        assertThat(jdbc.sql("select count(*) from audit_entry where profile_id = ? and (detail like '%Fatima%' "
                + "or detail like '%example.nl%' or detail like '%zorgzaam%')").param(seeker.profile().value())
                .query(Long.class).single()).as("no names, contact details or notes in the audit").isZero();
    }

    @Test
    void aDeclinedProposalNeverReachesTheEmployerNorTheEventStream() {
        UUID vacancy = fx.demoVacancies().get(3);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        String id = fx.ok(propose(fx.coach(), seeker.profile().value(), vacancy, ""), 201).get("id").asString();
        JsonNode declined = fx.ok(http.post("/api/me/proposals/" + id + "/answer", "{\"answer\":\"DECLINED\"}",
                bearer(seeker.token())), 200);
        assertThat(declined.get("state").asString()).isEqualTo("DECLINED");
        assertThat(declined.get("shared").isNull()).isTrue();
        assertThat(employerProposalIds(fx.employer())).doesNotContain(id);
        assertThat(jdbc.sql("select count(*) from event_outbox where kafka_key = ?").param(id).query(Long.class).single()
                + regionEvents(id, "proposed-by-coach")).isZero();
        assertThat(fx.ok(propose(fx.coach(), seeker.profile().value(), vacancy, "tweede poging"), 201).get("state")
                .asString()).as("after a decline the coach may propose again").isEqualTo("AWAITING_CANDIDATE");
    }

    @Test
    void aProposalNeedsACaseloadMemberAndAnOpenVacancyInARegionTheyAskedHelpIn() {
        UUID vacancy = fx.demoVacancies().get(4);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        var notAsked = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.EMPLOYER_SEARCH);
        UUID profile = seeker.profile().value();

        assertThat(propose(fx.coach(), notAsked.profile().value(), vacancy, "").statusCode()).isEqualTo(404);
        assertThat(propose(fx.rijnmondCoach(), profile, vacancy, "").statusCode()).isEqualTo(404);
        assertThat(propose(fx.coach(), UUID.randomUUID(), vacancy, "").statusCode()).isEqualTo(404);
        assertThat(fx.fieldsOf(propose(fx.coach(), profile, UUID.randomUUID(), ""))).containsExactly("vacancyId");
        assertThat(fx.fieldsOf(propose(fx.coach(), profile, fx.vacancyIn("AM22"), ""))).containsExactly("vacancyId");
        assertThat(fx.fieldsOf(propose(fx.coach(), null, null, ""))).containsExactlyInAnyOrder("profileId", "vacancyId");
        assertThat(fx.fieldsOf(propose(fx.coach(), profile, vacancy, "x".repeat(1001)))).containsExactly("note");

        fx.withdrawCoachHelp(seeker.profile());
        assertThat(propose(fx.coach(), profile, vacancy, "").statusCode()).as("withdrawn: off the caseload").isEqualTo(404);
    }

    @Test
    void erasingTheProfileErasesItsNotesAndProposals() {
        UUID vacancy = fx.demoVacancies().get(5);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        UUID profile = seeker.profile().value();
        fx.ok(http.post("/api/coach/candidates/" + profile + "/notes", "{\"text\":\"Notitie\"}", bearer(fx.coach())), 201);
        fx.ok(propose(fx.coach(), profile, vacancy, ""), 201);
        jdbc.sql("delete from candidate_profile where id = ?").param(profile).update();
        assertThat(jdbc.sql("select (select count(*) from coach_note where profile_id = ?) "
                + "+ (select count(*) from coach_proposal where profile_id = ?)").params(profile, profile)
                .query(Long.class).single()).isZero();
    }

    @Test
    void othersAreRefused() {
        UUID vacancy = fx.demoVacancies().get(6);
        var seeker = fx.seeker("AM18", vacancy, ConsentKind.KEEP_PROFILE, ConsentKind.COACH_HELP);
        String id = fx.ok(propose(fx.coach(), seeker.profile().value(), vacancy, ""), 201).get("id").asString();
        String outcome = "/api/coach/proposals/" + id + "/outcome";
        String answer = "/api/me/proposals/" + id + "/answer";
        String agree = "{\"answer\":\"AGREED\",\"share\":{\"name\":\"N\"}}";
        for (String token : List.of(seeker.token(), fx.employer(), fx.tokens.admin())) {
            assertThat(propose(token, seeker.profile().value(), vacancy, "").statusCode()).isEqualTo(403);
            assertThat(http.put(outcome, "{\"outcome\":\"GESPREK\",\"version\":1}", bearer(token)).statusCode()).isEqualTo(403);
        }
        for (String token : List.of(fx.coach(), fx.employer(), fx.tokens.admin())) {
            assertThat(http.get("/api/me/proposals", bearer(token)).statusCode()).isEqualTo(403);
            assertThat(http.post(answer, agree, bearer(token)).statusCode()).isEqualTo(403);
        }
        for (String token : List.of(fx.coach(), seeker.token(), fx.tokens.admin())) {
            assertThat(http.get("/api/employer/proposals", bearer(token)).statusCode()).isEqualTo(403);
        }
        assertThat(http.post("/api/coach/proposals", "{}").statusCode()).isEqualTo(401);
        assertThat(http.put(outcome, "{}").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me/proposals").statusCode()).isEqualTo(401);
        assertThat(http.post(answer, agree).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/employer/proposals").statusCode()).isEqualTo(401);
        assertThat(http.post("/api/me/proposals/" + UUID.randomUUID() + "/answer", agree, bearer(seeker.token())).statusCode())
                .isEqualTo(404);
        assertThat(http.put("/api/coach/proposals/" + UUID.randomUUID() + "/outcome", "{\"outcome\":\"GESPREK\",\"version\":1}",
                bearer(fx.coach())).statusCode()).isEqualTo(404);
    }
}
