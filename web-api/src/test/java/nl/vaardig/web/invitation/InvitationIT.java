package nl.vaardig.web.invitation;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.demo.DemoSubjects;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An employer invites a candidate it found for one of its own vacancies; the candidate accepts (sharing a name)
 * or declines. The person stays pseudonymous until accepting; every refusal that could reveal a person is a 404.
 */
@VaardigIntegrationTest
class InvitationIT {

    static final String ORGANISATION = "Zorggroep Amstelland";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
    @Autowired
    KafkaClients kafka;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    String employer() {
        return tokens.employer("werkgever", ORGANISATION);
    }

    String otherEmployer() {
        return tokens.employer("andere-werkgever", "Bouwbedrijf Elders");
    }

    /** A seeker of this test: an account of its own with a profile that fits the vacancy exactly. */
    record Seeker(String username, UUID profile) {
    }

    Seeker seeker(String vacancy, Set<AmrCode> consentedRegions) {
        List<SkillUri> asked = jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(UUID.fromString(vacancy)).query(String.class).list().stream().map(SkillUri::new).toList();
        Profile perfect = new Profile(ProfileId.random(), asked.stream().map(s -> new ProfileSkill(s, ProficiencyLevel.EXPERT,
                EvidenceKind.WORK, SelfAssessment.DOES_IT)).toList(), Set.of(), new AmrCode("AM18"), null, null, null, false);
        String username = "it-seeker-" + UUID.randomUUID();
        List<Consent> consents = consentedRegions.isEmpty() ? List.of() : List.of(
                Consent.given(perfect.id(), ConsentKind.EMPLOYER_SEARCH, consentedRegions, "it-1", Instant.now()));
        candidates.storeOwned(perfect, DemoSubjects.subjectOf(username), consents);
        return new Seeker(username, perfect.id().value());
    }

    String seekerToken(Seeker s) {
        return tokens.jobSeeker(s.username());
    }

    String demoVacancy(int index) {
        HttpResponse<String> list = http.get("/api/vacancies", bearer(employer()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json.readTree(list.body()).get("items").valueStream().filter(v -> v.get("synthetic").asBoolean())
                .toList().get(index).get("id").asString();
    }

    HttpResponse<String> invite(String token, String vacancy, Object candidate, String message) {
        return http.post("/api/vacancies/" + vacancy + "/invitations",
                json.writeValueAsString(java.util.Map.of("candidateId", candidate.toString(), "message", message)), bearer(token));
    }

    JsonNode invitationsOf(String vacancy) {
        HttpResponse<String> answer = http.get("/api/vacancies/" + vacancy + "/invitations", bearer(employer()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("items");
    }

    JsonNode candidateOn(String vacancy, UUID profile) {
        HttpResponse<String> answer = http.get("/api/vacancies/" + vacancy + "/candidates", bearer(employer()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("items").valueStream()
                .filter(c -> c.get("id").asString().equals(profile.toString())).findFirst().orElse(null);
    }

    JsonNode mine(String token) {
        HttpResponse<String> answer = http.get("/api/me/invitations", bearer(token));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    HttpResponse<String> answer(String token, String invitation, String body) {
        return http.post("/api/me/invitations/" + invitation + "/answer", body, bearer(token));
    }

    List<String> auditActions(UUID profile) {
        return jdbc.sql("select action from audit_entry where profile_id = ? order by at").param(profile)
                .query(String.class).list();
    }

    @Test
    void anEmployerInvitesAConsentingCandidateWhoAcceptsAndOnlyThenTheEmployerSeesHerName() {
        String vacancy = demoVacancy(2);
        Seeker anna = seeker(vacancy, Set.of(new AmrCode("AM18")));
        JsonNode listed = candidateOn(vacancy, anna.profile());
        assertThat(listed).as("a perfect, consenting candidate is listed").isNotNull();
        assertThat(listed.get("invitation").isNull()).isTrue();

        HttpResponse<String> sent = invite(employer(), vacancy, anna.profile(), "Wij willen u graag spreken.");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        JsonNode invitation = json.readTree(sent.body());
        String id = invitation.get("id").asString();
        assertThat(invitation.get("status").asString()).isEqualTo("OPEN");
        assertThat(invitation.get("label").asString()).matches("Kandidaat [0-9A-F]{4}");
        assertThat(invitation.get("contact").isNull()).as("pseudonymous until accepted").isTrue();
        assertThat(candidateOn(vacancy, anna.profile()).get("invitation").get("status").asString()).isEqualTo("OPEN");

        JsonNode hers = mine(seekerToken(anna));
        assertThat(hers.get("candidate").get("id").asString()).isEqualTo(anna.profile().toString());
        JsonNode item = hers.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("message").asString()).isEqualTo("Wij willen u graag spreken.");
        assertThat(item.get("vacancy").get("employer").asString()).isEqualTo(ORGANISATION);
        assertThat(item.get("vacancy").get("region").asString()).isEqualTo("AM18");
        assertThat(item.get("vacancy").get("title").asString()).isNotBlank();
        assertThat(item.get("explanation").get("matched").size()).as("why it matches her").isPositive();
        assertThat(item.get("status").asString()).isEqualTo("OPEN");

        HttpResponse<String> accepted = answer(seekerToken(anna), id, """
                {"answer":"ACCEPTED","share":{"name":"Anna de Vries","email":"anna@example.nl","phone":"06 12345678"},"version":0}""");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(json.readTree(accepted.body()).get("status").asString()).isEqualTo("ACCEPTED");

        JsonNode seen = invitationsOf(vacancy).valueStream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(seen.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(seen.get("contact").get("name").asString()).isEqualTo("Anna de Vries");
        assertThat(seen.get("contact").get("email").asString()).isEqualTo("anna@example.nl");
        assertThat(candidateOn(vacancy, anna.profile()).get("invitation").get("sharedName").asString()).isEqualTo("Anna de Vries");

        HttpResponse<String> again = answer(seekerToken(anna), id, "{\"answer\":\"DECLINED\"}");
        assertThat(again.statusCode()).as("answered already").isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        assertThat(auditActions(anna.profile())).contains("PROFILE_VIEWED_BY_EMPLOYER", "INVITATION_SENT",
                "INVITATION_ANSWERED", "CONTACT_SHARED");
        assertThat(jdbc.sql("select string_agg(coalesce(detail, ''), ' ') from audit_entry where profile_id = ?")
                .param(anna.profile()).query(String.class).single()).as("no contact details in the audit trail")
                .doesNotContain("Anna").doesNotContain("anna@example.nl").doesNotContain("12345678");

        String event = answeredEvent(id);
        assertThat(event).contains("invitation-answered").contains("ACCEPTED").contains(anna.profile().toString())
                .as("no contact details in events").doesNotContain("Anna").doesNotContain("anna@example.nl");
    }

    @Test
    void aDeclinedInvitationSharesNothing() {
        String vacancy = demoVacancy(3);
        Seeker bram = seeker(vacancy, Set.of(new AmrCode("AM18")));
        String id = json.readTree(invite(employer(), vacancy, bram.profile(), "").body()).get("id").asString();
        HttpResponse<String> declined = answer(seekerToken(bram), id, "{\"answer\":\"DECLINED\",\"share\":{\"name\":\"Bram\"}}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        JsonNode seen = invitationsOf(vacancy).valueStream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(seen.get("status").asString()).isEqualTo("DECLINED");
        assertThat(seen.get("contact").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from invitation where id = ? and shared_name is not null")
                .param(UUID.fromString(id)).query(Long.class).single()).isZero();
        assertThat(auditActions(bram.profile())).contains("INVITATION_ANSWERED").doesNotContain("CONTACT_SHARED");
        assertThat(answeredEvent(id)).contains("DECLINED");
    }

    @Test
    void aSecondOpenInvitationForTheSameVacancyAndCandidateIsAConflict() {
        String vacancy = demoVacancy(4);
        Seeker cas = seeker(vacancy, Set.of(new AmrCode("AM18")));
        assertThat(invite(employer(), vacancy, cas.profile(), "Eerste").statusCode()).isEqualTo(201);
        HttpResponse<String> second = invite(employer(), vacancy, cas.profile(), "Tweede");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(json.readTree(second.body()).get("reason").asString()).isEqualTo("ALREADY_INVITED");
        assertThat(invite(employer(), demoVacancy(5), cas.profile(), "Andere vacature").statusCode())
                .as("another vacancy of the same employer").isEqualTo(201);
    }

    @Test
    void anEmployerCannotInviteForAnotherOrganisationsVacancyNorSomeoneWhoDoesNotConsentForTheRegion() {
        String vacancy = demoVacancy(6);
        Seeker consenting = seeker(vacancy, Set.of(new AmrCode("AM18")));
        Seeker noConsent = seeker(vacancy, Set.of());
        Seeker elsewhere = seeker(vacancy, Set.of(new AmrCode("AM17")));
        assertThat(invite(otherEmployer(), vacancy, consenting.profile(), "").statusCode()).as("other organisation's vacancy").isEqualTo(404);
        assertThat(invite(employer(), UUID.randomUUID().toString(), consenting.profile(), "").statusCode()).as("no such vacancy").isEqualTo(404);
        HttpResponse<String> refused = invite(employer(), vacancy, noConsent.profile(), "");
        assertThat(refused.statusCode()).as("no consent").isEqualTo(404);
        assertThat(invite(employer(), vacancy, elsewhere.profile(), "").statusCode()).as("consent for another region").isEqualTo(404);
        HttpResponse<String> unknown = invite(employer(), vacancy, UUID.randomUUID(), "");
        assertThat(unknown.statusCode()).as("no such person").isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asString())
                .as("the same answer whether or not the person exists").isEqualTo(json.readTree(refused.body()).get("detail").asString());
        assertThat(http.get("/api/vacancies/" + vacancy + "/invitations", bearer(otherEmployer())).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from invitation where profile_id in (?, ?)")
                .params(noConsent.profile(), elsewhere.profile()).query(Long.class).single()).isZero();
    }

    @Test
    void otherRolesAreForbiddenAndAnonymousCallersMustSignIn() {
        String vacancy = demoVacancy(0);
        String invitations = "/api/vacancies/" + vacancy + "/invitations";
        String answerPath = "/api/me/invitations/" + UUID.randomUUID() + "/answer";
        String body = "{\"candidateId\":\"" + UUID.randomUUID() + "\",\"message\":\"\"}";
        String answer = "{\"answer\":\"DECLINED\"}";
        List<String> notEmployers = List.of(tokens.jobSeeker("werkzoekende"),
                tokens.jobcoach("jobcoach", "AM18"),
                tokens.regio("regio", "AM18"), tokens.admin());
        for (String token : notEmployers) {
            assertThat(http.post(invitations, body, bearer(token)).statusCode()).isEqualTo(403);
            assertThat(http.get(invitations, bearer(token)).statusCode()).isEqualTo(403);
        }
        List<String> notSeekers = List.of(employer(), tokens.jobcoach("jobcoach", "AM18"),
                tokens.regio("regio", "AM18"), tokens.admin());
        for (String token : notSeekers) {
            assertThat(http.get("/api/me/invitations", bearer(token)).statusCode()).isEqualTo(403);
            assertThat(http.post(answerPath, answer, bearer(token)).statusCode()).isEqualTo(403);
        }
        assertThat(http.post(invitations, body).statusCode()).isEqualTo(401);
        assertThat(http.get(invitations).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me/invitations").statusCode()).isEqualTo(401);
        assertThat(http.post(answerPath, answer).statusCode()).isEqualTo(401);
    }

    @Test
    void aSeekerCannotSeeOrAnswerSomeoneElsesInvitation() {
        String vacancy = demoVacancy(7);
        Seeker invited = seeker(vacancy, Set.of(new AmrCode("AM18")));
        Seeker other = seeker(vacancy, Set.of(new AmrCode("AM18")));
        String id = json.readTree(invite(employer(), vacancy, invited.profile(), "").body()).get("id").asString();
        assertThat(mine(seekerToken(other)).get("items").size()).isZero();
        HttpResponse<String> refused = answer(seekerToken(other), id, "{\"answer\":\"ACCEPTED\",\"share\":{\"name\":\"Iemand\"}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
        assertThat(answer(tokens.jobSeeker("it-no-profile-" + UUID.randomUUID()), id, "{\"answer\":\"DECLINED\"}").statusCode())
                .as("an account without a profile").isEqualTo(404);
        assertThat(answer(seekerToken(invited), UUID.randomUUID().toString(), "{\"answer\":\"DECLINED\"}").statusCode())
                .as("no such invitation").isEqualTo(404);
        assertThat(jdbc.sql("select status from invitation where id = ?").param(UUID.fromString(id)).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(mine(tokens.jobSeeker("it-no-profile-" + UUID.randomUUID())).get("candidate").isNull()).isTrue();
    }

    @Test
    void invalidInputIsRefusedWithAMessagePerField() {
        String vacancy = demoVacancy(8);
        Seeker dana = seeker(vacancy, Set.of(new AmrCode("AM18")));
        HttpResponse<String> tooLong = invite(employer(), vacancy, dana.profile(), "x".repeat(1001));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(fields(tooLong)).containsExactly("message");
        HttpResponse<String> noCandidate = http.post("/api/vacancies/" + vacancy + "/invitations", "{\"message\":\"hoi\"}", bearer(employer()));
        assertThat(fields(noCandidate)).containsExactly("candidateId");

        String id = json.readTree(invite(employer(), vacancy, dana.profile(), "x".repeat(1000)).body()).get("id").asString();
        assertThat(fields(answer(seekerToken(dana), id, "{\"answer\":\"ACCEPTED\"}"))).containsExactly("share.name");
        assertThat(fields(answer(seekerToken(dana), id, "{}"))).containsExactly("answer");
        assertThat(fields(answer(seekerToken(dana), id,
                "{\"answer\":\"ACCEPTED\",\"share\":{\"name\":\" \",\"email\":\"geen-adres\",\"phone\":\"bel me\"}}")))
                .containsExactlyInAnyOrder("share.name", "share.email", "share.phone");
        assertThat(fields(answer(seekerToken(dana), id, "{\"answer\":\"ACCEPTED\",\"share\":{\"name\":\"" + "n".repeat(121) + "\"}}")))
                .containsExactly("share.name");
        assertThat(answer(seekerToken(dana), id, "{\"answer\":\"MAYBE\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> stale = answer(seekerToken(dana), id, "{\"answer\":\"DECLINED\",\"version\":7}");
        assertThat(stale.statusCode()).as("a stale version").isEqualTo(409);
        HttpResponse<String> fine = answer(seekerToken(dana), id, "{\"answer\":\"ACCEPTED\",\"share\":{\"name\":\"Dana\",\"email\":\"\",\"phone\":\"+31 6-1234 5678\"}}");
        assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
        assertThat(json.readTree(fine.body()).get("shared").get("phone").asString()).isEqualTo("+31 6-1234 5678");
        assertThat(json.readTree(fine.body()).get("shared").get("email").isNull()).isTrue();
    }

    @Test
    void afterTheCandidateWithdrawsConsentTheEmployerNoLongerSeesTheOpenInvitation() {
        String vacancy = demoVacancy(9);
        Seeker eva = seeker(vacancy, Set.of(new AmrCode("AM18")));
        String id = json.readTree(invite(employer(), vacancy, eva.profile(), "").body()).get("id").asString();
        assertThat(invitationsOf(vacancy).valueStream().map(i -> i.get("id").asString())).contains(id);

        candidates.withdraw(new ProfileId(eva.profile()), ConsentKind.EMPLOYER_SEARCH);

        assertThat(invitationsOf(vacancy).valueStream().map(i -> i.get("id").asString())).as("gone at once").doesNotContain(id);
        assertThat(candidateOn(vacancy, eva.profile())).isNull();
        assertThat(invite(employer(), vacancy, eva.profile(), "").statusCode()).as("nor can she be invited again").isEqualTo(404);
        assertThat(mine(seekerToken(eva)).get("items").size()).as("she still sees her own invitation").isEqualTo(1);
    }

    /** Every candidates call writes one view line per candidate shown, in one statement: it must stay quick. */
    @Test
    void theCandidatesListLogsOneViewPerCandidateAndStaysFast() {
        String vacancy = demoVacancy(0);
        HttpResponse<String> first = http.get("/api/vacancies/" + vacancy + "/candidates", bearer(employer()));
        List<String> shown = json.readTree(first.body()).get("items").valueStream().map(c -> c.get("id").asString()).toList();
        assertThat(shown).isNotEmpty();
        long before = views(vacancy);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            assertThat(http.get("/api/vacancies/" + vacancy + "/candidates", bearer(employer())).statusCode()).isEqualTo(200);
            micros.add((System.nanoTime() - start) / 1000);
        }
        assertThat(views(vacancy) - before).isEqualTo(30L * shown.size());
        List<Long> sorted = micros.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("candidates call with view audit (%d candidates): median %d µs, max %d µs over %d calls%n",
                shown.size(), median, sorted.getLast(), sorted.size());
        assertThat(Duration.ofNanos(median * 1000)).isLessThan(Duration.ofMillis(500));

        // the audit insert alone: one statement for all candidates shown
        CurrentUser viewer = new CurrentUser(DemoSubjects.subjectOf("werkgever"), "werkgever", "werkgever",
                Set.of(Role.EMPLOYER), Set.of(), ORGANISATION);
        List<UUID> ids = shown.stream().map(UUID::fromString).toList();
        List<Long> insertMicros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            assertThat(audit.recordAll(viewer, AuditAction.PROFILE_VIEWED_BY_EMPLOYER, ids, "meting")).isEqualTo(ids.size());
            insertMicros.add((System.nanoTime() - start) / 1000);
        }
        List<Long> sortedInserts = insertMicros.stream().sorted().toList();
        System.out.printf("view audit insert alone (%d lines in one statement): median %d µs, max %d µs over %d calls%n",
                ids.size(), sortedInserts.get(sortedInserts.size() / 2), sortedInserts.getLast(), sortedInserts.size());
    }

    long views(String vacancy) {
        return jdbc.sql("select count(*) from audit_entry where action = 'PROFILE_VIEWED_BY_EMPLOYER' and detail = ?")
                .param("kandidaten voor vacature " + vacancy).query(Long.class).single();
    }

    List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    /** The InvitationAnswered event as it reached Kafka (key: the invitation id). */
    String answeredEvent(String invitationId) {
        try (Consumer<byte[], byte[]> consumer = kafka.consumer("it-invitations-" + UUID.randomUUID(), "it-invitations", "earliest")) {
            consumer.subscribe(List.of(Topic.MATCHING.topicName()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && invitationId.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                        return new String(r.value(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new AssertionError("no InvitationAnswered event for " + invitationId + " on " + Topic.MATCHING.topicName());
    }
}
