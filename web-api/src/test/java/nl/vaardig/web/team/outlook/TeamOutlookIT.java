package nl.vaardig.web.team.outlook;

import static nl.vaardig.web.support.Http.bearer;
import static nl.vaardig.web.support.ReceivedMail.recipients;
import static nl.vaardig.web.support.ReceivedMail.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.local.mail.LocalMailServer;
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
 * The team outlook end to end on a real database and the local SMTP server: the employer invites six workers, each
 * answers through the link in their own mail; four answers show no figure, five show the counts, a withdrawal takes
 * it back to four. Refusals: another organisation, a job seeker, a revoked or expired link, bad input.
 */
@VaardigIntegrationTest
class TeamOutlookIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("/teamvragen/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalMailServer smtp;
    @Autowired
    TaxonomyRuntime taxonomy;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    String freshEmployer() {
        return tokens.employer("it-werkgever", "IT Teamblik " + UUID.randomUUID());
    }

    List<String> skills() {
        return List.of(taxonomy.taxonomy().skillAt(0).uri().value(), taxonomy.taxonomy().skillAt(1).uri().value());
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    String create(String employer) {
        return ok(http.post("/api/team/outlooks", json.writeValueAsString(Map.of("name", "Team Thuiszorg",
                "region", "AM18", "skills", skills())), bearer(employer)), 201).get("id").asString();
    }

    /** Invites the addresses and reads each worker's link from the mail the local SMTP server received. */
    List<String> invite(String employer, String outlook, List<String> addresses) {
        ok(http.post("/api/team/outlooks/" + outlook + "/invitations",
                json.writeValueAsString(Map.of("emails", addresses)), bearer(employer)), 201);
        List<String> links = new ArrayList<>();
        for (String address : addresses) {
            await().atMost(DELIVERY).until(() -> mailTo(address).size() == 1);
            Matcher m = LINK.matcher(text(mailTo(address).getFirst()));
            assertThat(m.find()).as("a link in the mail to " + address).isTrue();
            links.add(m.group(1));
        }
        return links;
    }

    HttpResponse<String> answer(String token, boolean consent, boolean yes) {
        List<Map<String, Object>> answers = skills().stream().map(s -> Map.<String, Object>of("skill", s, "doesIt", yes,
                "canDoIt", true, "wantsToLearn", !yes, "givesEnergy", yes)).toList();
        return http.put("/api/public/team-outlook/" + token,
                json.writeValueAsString(Map.of("consent", consent, "answers", answers)));
    }

    JsonNode read(String employer, String outlook) {
        return ok(http.get("/api/team/outlooks/" + outlook, bearer(employer)), 200);
    }

    @Test
    void fourAnswersShowNoFigureFiveShowTheCountsAndAWithdrawalTakesThemBack() {
        String employer = freshEmployer();
        String outlook = create(employer);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            addresses.add("medewerker" + i + "-" + run + "@voorbeeld.nl");
        }
        List<String> links = invite(employer, outlook, addresses);

        JsonNode worker = ok(http.get("/api/public/team-outlook/" + links.getFirst()), 200);
        assertThat(worker.get("teamName").asString()).isEqualTo("Team Thuiszorg");
        assertThat(worker.get("skills")).hasSize(2);
        assertThat(worker.get("answered").asBoolean()).isFalse();

        for (int i = 0; i < 4; i++) {
            ok(answer(links.get(i), true, i % 2 == 0), 200);
        }
        JsonNode four = read(employer, outlook);
        assertThat(four.get("invited").asInt()).isEqualTo(6);
        assertThat(four.get("answered").asInt()).isEqualTo(4);
        assertThat(four.get("shown").asBoolean()).isFalse();
        for (JsonNode skill : four.get("skills")) {
            for (String q : List.of("answered", "doesIt", "canDoIt", "wantsToLearn", "givesEnergy")) {
                assertThat(skill.get(q).isNull()).as(q + " with 4 answers").isTrue();
            }
            assertThat(skill.get("trend").get("kind").asString()).isNotBlank();
        }
        assertThat(four.get("invitations").toString()).as("nobody's answered state is shown").doesNotContain("ANSWERED");

        ok(answer(links.get(4), true, false), 200);
        JsonNode five = read(employer, outlook);
        assertThat(five.get("answered").asInt()).isEqualTo(5);
        assertThat(five.get("shown").asBoolean()).isTrue();
        JsonNode first = five.get("skills").get(0);
        assertThat(first.get("answered").asInt()).isEqualTo(5);
        assertThat(first.get("doesIt").asInt()).as("workers 1 and 3 said yes").isEqualTo(2);
        assertThat(first.get("wantsToLearn").asInt()).isEqualTo(3);
        assertThat(first.get("canDoIt").asInt()).as("all five").isEqualTo(5);

        ok(http.delete("/api/public/team-outlook/" + links.get(4)), 204);
        JsonNode withdrawn = read(employer, outlook);
        assertThat(withdrawn.get("answered").asInt()).isEqualTo(4);
        assertThat(withdrawn.get("shown").asBoolean()).isFalse();
        assertThat(withdrawn.get("skills").get(0).get("doesIt").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from team_outlook_answer a join team_outlook_invitation i on i.id = "
                + "a.invitation_id where i.outlook_id = ?").param(UUID.fromString(outlook)).query(Long.class).single())
                .as("the withdrawn answers are deleted, not hidden").isEqualTo(8L);
        JsonNode after = ok(http.get("/api/public/team-outlook/" + links.get(4)), 200);
        assertThat(after.get("answered").asBoolean()).isFalse();
        assertThat(after.get("skills").get(0).get("doesIt").isNull()).isTrue();
    }

    @Test
    void onlyTheOwnOrganisationReadsAndOnlyALiveLinkAnswers() {
        String employer = freshEmployer();
        String outlook = create(employer);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> links = invite(employer, outlook, List.of("a-" + run + "@voorbeeld.nl", "b-" + run + "@voorbeeld.nl",
                "c-" + run + "@voorbeeld.nl"));

        String other = freshEmployer();
        assertThat(http.get("/api/team/outlooks/" + outlook, bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/team/outlooks/" + outlook, bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.post("/api/team/outlooks/" + outlook + "/invitations", "{\"emails\":[\"x@voorbeeld.nl\"]}",
                bearer(other)).statusCode()).isEqualTo(404);
        assertThat(ok(http.get("/api/team/outlooks", bearer(other)), 200)).isEmpty();
        assertThat(http.get("/api/team/outlooks/" + outlook, bearer(tokens.jobSeeker("it-zoeker"))).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/team/outlooks/" + outlook).statusCode()).isEqualTo(401);

        // revoked: the link opens nothing and its answers are gone
        ok(answer(links.get(0), true, true), 200);
        String revokedId = ok(http.get("/api/team/outlooks/" + outlook, bearer(employer)), 200).get("invitations")
                .get(0).get("id").asString();
        assertThat(http.delete("/api/team/outlooks/" + outlook + "/invitations/" + revokedId, bearer(other)).statusCode())
                .isEqualTo(404);
        ok(http.delete("/api/team/outlooks/" + outlook + "/invitations/" + revokedId, bearer(employer)), 204);
        HttpResponse<String> revoked = http.get("/api/public/team-outlook/" + links.get(0));
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(answer(links.get(0), true, true).statusCode()).isEqualTo(404);
        assertThat(read(employer, outlook).get("answered").asInt()).isZero();

        // expired: no more answering (410), but withdrawing still works
        ok(answer(links.get(1), true, true), 200);
        jdbc.sql("update team_outlook_invitation set created_at = now() - interval '61 days', expires_at = now() - "
                + "interval '1 day' where outlook_id = ? and lower(email) like 'b-%'").param(UUID.fromString(outlook)).update();
        JsonNode expired = ok(http.get("/api/public/team-outlook/" + links.get(1)), 200);
        assertThat(expired.get("expired").asBoolean()).isTrue();
        assertThat(expired.get("skills")).isEmpty();
        HttpResponse<String> late = answer(links.get(1), true, false);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(410);
        assertThat(late.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        ok(http.delete("/api/public/team-outlook/" + links.get(1)), 204);
        assertThat(ok(http.get("/api/public/team-outlook/" + links.get(1)), 200).get("answered").asBoolean()).isFalse();

        // tokens that are not ours
        assertThat(http.get("/api/public/team-outlook/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/public/team-outlook/kort").statusCode()).isEqualTo(404);

        // deleting the outlook deletes every link with it
        ok(http.delete("/api/team/outlooks/" + outlook, bearer(employer)), 204);
        assertThat(http.get("/api/public/team-outlook/" + links.get(2)).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsAProblemDocument() {
        String employer = freshEmployer();
        HttpResponse<String> unknownSkill = http.post("/api/team/outlooks", json.writeValueAsString(Map.of("name", "T",
                "region", "AM99", "skills", List.of("http://data.europa.eu/esco/skill/bestaat-niet"))), bearer(employer));
        JsonNode problem = ok(unknownSkill, 400);
        assertThat(unknownSkill.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(problem.get("errors").toString()).contains("region").contains("skills[0]");
        ok(http.post("/api/team/outlooks", "{\"name\":\"\",\"region\":\"AM18\",\"skills\":[]}", bearer(employer)), 400);

        String outlook = create(employer);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ok(http.post("/api/team/outlooks/" + outlook + "/invitations", "{\"emails\":[\"geen-adres\"]}", bearer(employer)), 400);
        ok(http.post("/api/team/outlooks/" + outlook + "/invitations", "{\"emails\":[\"d-" + run + "@voorbeeld.nl\",\"D-"
                + run + "@voorbeeld.nl\"]}", bearer(employer)), 400);
        List<String> links = invite(employer, outlook, List.of("e-" + run + "@voorbeeld.nl"));
        ok(http.post("/api/team/outlooks/" + outlook + "/invitations", "{\"emails\":[\"E-" + run + "@voorbeeld.nl\"]}",
                bearer(employer)), 409);

        JsonNode noConsent = ok(answer(links.getFirst(), false, true), 400);
        assertThat(noConsent.get("errors").toString()).contains("consent");
        JsonNode partial = ok(http.put("/api/public/team-outlook/" + links.getFirst(), json.writeValueAsString(Map.of(
                "consent", true, "answers", List.of(Map.of("skill", skills().getFirst(), "doesIt", true, "canDoIt", true,
                        "wantsToLearn", true, "givesEnergy", true)))), new String[0]), 400);
        assertThat(partial.get("errors").toString()).contains("answers");
        ok(http.put("/api/public/team-outlook/" + links.getFirst(), "{\"consent\":true,\"answers\":[{\"skill\":\"x\"}]}"), 400);
        assertThat(ok(http.get("/api/public/team-outlook/" + links.getFirst()), 200).get("answered").asBoolean())
                .as("nothing stored from refused input").isFalse();
        ok(http.delete("/api/team/outlooks/" + outlook, bearer(employer)), 204);
    }

    @Test
    void theRegionalTrendAndPrognosisStandBesideTheSkillsBeforeAnyoneAnswered() {
        List<String> keys = skills();
        Period current = Period.containing(Period.Kind.QUARTER, LocalDate.now());
        Period first = current;
        for (int i = 0; i < 17; i++) {
            first = first.previous();
        }
        try {
            int i = 0;
            for (Period p = first; p.compareTo(current) < 0; p = p.next(), i++) {
                demand(p, "SKILL", keys.get(0), 100 + 8 * i);   // rising
                demand(p, "SKILL", keys.get(1), 400 - 12 * i);  // falling
                jdbc.sql("insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies) "
                        + "values ('AM18', 'QUARTER', ?, 'ALL', '-', 0) on conflict do nothing").param(p.start()).update();
            }
            String employer = freshEmployer();
            JsonNode outlook = read(employer, create(employer));
            assertThat(outlook.get("answered").asInt()).isZero();
            JsonNode rising = outlook.get("skills").get(0);
            JsonNode falling = outlook.get("skills").get(1);
            assertThat(rising.get("trend").get("kind").asString()).isEqualTo("GROWING");
            assertThat(rising.get("trend").get("percent").asLong()).isPositive();
            assertThat(falling.get("trend").get("kind").asString()).isEqualTo("SHRINKING");
            assertThat(falling.get("trend").get("percent").asLong()).isNegative();
            JsonNode prognosis = rising.get("prognosis");
            assertThat(prognosis.get("quarter").asString()).matches("\\d{4}-Q[1-4]");
            assertThat(prognosis.get("lower80").asDouble()).isLessThanOrEqualTo(prognosis.get("prognosis").asDouble());
            assertThat(rising.get("doesIt").isNull()).as("the trend is public, the answers are not").isTrue();
        } finally {
            jdbc.sql("delete from lmi_demand_cell where region = 'AM18' and period_kind = 'QUARTER' and dimension = 'SKILL' "
                    + "and dim_key in (?, ?)").params(keys.get(0), keys.get(1)).update();
        }
    }

    void demand(Period p, String dimension, String key, long vacancies) {
        jdbc.sql("insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies) "
                        + "values ('AM18', 'QUARTER', ?, ?, ?, ?) on conflict (region, period_kind, period_start, dimension, "
                        + "dim_key) do update set vacancies = excluded.vacancies")
                .params(p.start(), dimension, key, vacancies).update();
    }

    List<MimeMessage> mailTo(String address) {
        return smtp.received().stream().filter(m -> recipients(m).contains(address)).toList();
    }

}
