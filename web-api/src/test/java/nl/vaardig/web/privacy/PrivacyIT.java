package nl.vaardig.web.privacy;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.Decoded;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.RegionPartitioning;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.ProfileDeleted;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.ingest.outbox.Outbox;
import nl.vaardig.web.audit.AuditAction;
import nl.vaardig.web.audit.AuditLog;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.platform.security.CurrentUser;
import nl.vaardig.web.platform.security.Role;
import nl.vaardig.web.privacy.PrivacyFixtures.Seeker;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Mijn gegevens": a job seeker downloads everything held about them as JSON-LD, reads who viewed or changed the
 * profile, and erases the account — after which no table, index, topic key or derived store knows the profile.
 * Everyone but the job seeker is refused.
 */
@VaardigIntegrationTest
class PrivacyIT {

    static final String ORGANISATION = "Zorggroep Amstelland";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
    @Autowired
    CandidateIndex index;
    @Autowired
    AuditLog audit;
    @Autowired
    Outbox outbox;
    @Autowired
    KafkaClients kafka;
    @Autowired
    TransactionTemplate tx;
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

    CurrentUser employerUser() {
        return new CurrentUser(UUID.randomUUID().toString(), "werkgever", "Werkgever", Set.of(Role.EMPLOYER), Set.of(), ORGANISATION);
    }

    UUID demoVacancy(int n) {
        HttpResponse<String> list = http.get("/api/vacancies", bearer(employer()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return UUID.fromString(json.readTree(list.body()).get("items").valueStream()
                .filter(v -> v.get("synthetic").asBoolean()).toList().get(n).get("id").asString());
    }

    Seeker perfectFor(UUID vacancy) {
        return PrivacyFixtures.registered(candidates, PrivacyFixtures.askedBy(jdbc, vacancy));
    }

    @Test
    void theExportHoldsTheSkillsAsEscoConceptsTheConsentsAndTheAuditTrailAsJsonLd() {
        Seeker seeker = perfectFor(demoVacancy(3));
        audit.record(employerUser(), AuditAction.PROFILE_VIEWED_BY_EMPLOYER, seeker.id(), "vacature Wijkverpleegkundige (demo)");

        HttpResponse<String> answer = http.get("/api/me/export", bearer(tokens.jobSeekerWithSubject(seeker.subject())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));
        assertThat(answer.headers().firstValue("content-disposition")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment").contains("vaardig-mijn-gegevens-" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".jsonld"));
        JsonNode doc = json.readTree(answer.body());

        JsonNode context = doc.get("@context");
        assertThat(context.get("esco").asString()).isEqualTo("http://data.europa.eu/esco/model#");
        assertThat(context.get("schema").asString()).isEqualTo("https://schema.org/");
        assertThat(context.get("prefLabel").get("@container").asString()).isEqualTo("@language");
        assertThat(doc.get("account").get("identifier").asString()).isEqualTo(seeker.subject());

        JsonNode profile = doc.get("profile");
        assertThat(profile.get("@id").asString()).isEqualTo("urn:uuid:" + seeker.id());
        assertThat(profile.get("region").asString()).isEqualTo("AM18");
        List<String> stored = jdbc.sql("select skill_uri from candidate_skill where profile_id = ? order by skill_uri")
                .param(seeker.id()).query(String.class).list();
        JsonNode skills = profile.get("skills");
        assertThat(skills.valueStream().map(s -> s.get("skill").get("@id").asString()).toList()).isEqualTo(stored).isNotEmpty();
        for (JsonNode s : skills) {
            assertThat(s.get("skill").get("@id").asString()).startsWith("http://data.europa.eu/esco/skill/");
            assertThat(s.get("skill").get("prefLabel").get("en").asString()).isNotBlank();
            assertThat(s.get("proficiencyLevel").asString()).isEqualTo("EXPERT");
            assertThat(s.get("evidence").asString()).isEqualTo("WORK");
            JsonNode answers = s.get("selfAssessment");
            assertThat(answers.get("doesItAlready").asBoolean()).isTrue();
            assertThat(answers.get("canDoIt").asBoolean()).isTrue();
            assertThat(answers.get("wantsToLearn").asBoolean()).isFalse();
            assertThat(answers.get("givesEnergy").asBoolean()).isTrue();
        }
        assertThat(skills.valueStream().anyMatch(s -> s.get("skill").get("prefLabel").has("nl")))
                .as("Dutch labels where ESCO (or the derived list) has them").isTrue();

        JsonNode consents = profile.get("consents");
        assertThat(consents.valueStream().map(c -> c.get("consentKind").asString()).toList())
                .containsExactlyInAnyOrder("KEEP_PROFILE", "EMPLOYER_SEARCH", "COACH_HELP", "STATISTICS");
        for (JsonNode c : consents) {
            assertThat(c.get("wordingVersion").asString()).isEqualTo(PrivacyFixtures.WORDING);
            assertThat(Instant.parse(c.get("givenAt").asString())).isBefore(Instant.now());
            assertThat(c.get("withdrawnAt").isNull()).isTrue();
        }

        JsonNode trail = profile.get("auditTrail");
        assertThat(trail.valueStream().map(a -> a.get("action").asString()).toList())
                .as("newest first: the export itself is logged").startsWith("DATA_EXPORTED").contains("PROFILE_VIEWED_BY_EMPLOYER");
        assertThat(trail.valueStream().filter(a -> a.get("action").asString().equals("PROFILE_VIEWED_BY_EMPLOYER"))
                .findFirst().orElseThrow().get("actorLabel").asString()).isEqualTo("Werkgever " + ORGANISATION);
        assertThat(answer.body()).as("other people's subjects stay out").doesNotContain("actorSubject");

        HttpResponse<String> plain = http.get("/api/me/export", "Authorization",
                "Bearer " + tokens.jobSeekerWithSubject(seeker.subject()), "Accept", "application/json");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }

    @Test
    void rowsOtherFeaturesKeepAboutTheProfileAreExportedWithoutSecretsAndErasedWithIt() {
        // stands for a table another feature adds (invitations, notes …): found from the catalogue, not from code
        jdbc.sql("create table privacy_it_note (id uuid primary key, profile_id uuid not null references candidate_profile (id) "
                + "on delete cascade, note text not null, password_hash text, written_at timestamptz not null default now())").update();
        try {
            Seeker seeker = perfectFor(demoVacancy(4));
            jdbc.sql("insert into privacy_it_note (id, profile_id, note, password_hash) values (?, ?, 'gesprek gepland', 'x$secret')")
                    .params(UUID.randomUUID(), seeker.id()).update();
            String token = tokens.jobSeekerWithSubject(seeker.subject());

            JsonNode other = json.readTree(http.get("/api/me/export", bearer(token)).body()).get("profile").get("otherRecords");
            JsonNode notes = other.get("privacyItNote");
            assertThat(notes.size()).isEqualTo(1);
            assertThat(notes.get(0).get("note").asString()).isEqualTo("gesprek gepland");
            assertThat(notes.get(0).has("writtenAt")).isTrue();
            assertThat(notes.get(0).has("passwordHash")).isFalse();
            assertThat(notes.get(0).has("profileId")).isFalse();

            assertThat(http.delete("/api/me", bearer(token)).statusCode()).isEqualTo(204);
            assertThat(jdbc.sql("select count(*) from privacy_it_note where profile_id = ?").param(seeker.id()).query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("drop table privacy_it_note").update();
        }
    }

    @Test
    void everyTableThatReferencesAProfileIsErasedWithIt() {
        List<String> notCascading = jdbc.sql("""
                        select fk.table_name || ' (' || rc.delete_rule || ')'
                        from information_schema.referential_constraints rc
                        join information_schema.key_column_usage fk
                          on fk.constraint_schema = rc.constraint_schema and fk.constraint_name = rc.constraint_name
                        join information_schema.key_column_usage pk
                          on pk.constraint_schema = rc.unique_constraint_schema and pk.constraint_name = rc.unique_constraint_name
                        where pk.table_name = 'candidate_profile' and rc.delete_rule <> 'CASCADE'""")
                .query(String.class).list();
        assertThat(notCascading).as("a row about a person must go when the profile goes").isEmpty();
    }

    @Test
    void erasureRemovesTheProfileEverywhereAndLeavesOneLineWithoutPersonalData() {
        UUID vacancy = demoVacancy(2);
        Seeker seeker = perfectFor(vacancy);
        String token = tokens.jobSeekerWithSubject(seeker.subject());
        jdbc.sql("insert into user_preference (subject, language) values (?, 'en')").param(seeker.subject()).update();
        audit.record(employerUser(), AuditAction.PROFILE_VIEWED_BY_EMPLOYER, seeker.id(), "vacature " + vacancy);
        await().atMost(Duration.ofSeconds(20)).until(() -> employerSees(vacancy, seeker.id()));

        // the derived stores know the person from the profile events (what registration emits)
        tx.executeWithoutResult(s -> {
            outbox.append(EventCatalogue.envelope(new ProfileRegistered(seeker.id(), "AM18", LocalDate.now())));
            outbox.append(EventCatalogue.envelope(new ConsentChanged(seeker.id(), "AM18",
                    Set.of(ConsentChanged.Scope.STATISTICS, ConsentChanged.Scope.EMPLOYER_VISIBLE))));
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> count("lmi_supply_profile where profile_id = ? and statistics_consent", seeker.id()) == 1
                && count("region_event where subject = ?", seeker.id().toString()) == 2);

        TopicPartition partition = new TopicPartition(Topic.PROFILE.topicName(),
                RegionPartitioning.partitionFor("AM18", seeker.id().toString(), Topic.PROFILE.partitions()));
        try (Consumer<byte[], byte[]> topic = kafka.consumer(null, "privacy-it", "latest")) {
            topic.assign(List.of(partition));
            topic.seekToEnd(List.of(partition));
            topic.position(partition);
            Instant before = Instant.now();

            HttpResponse<String> erased = http.delete("/api/me", bearer(token));
            assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

            for (String table : List.of("candidate_profile where id = ?", "candidate_skill where profile_id = ?",
                    "candidate_consent where profile_id = ?", "audit_entry where profile_id = ?")) {
                assertThat(count(table, seeker.id())).as(table).isZero();
            }
            assertThat(count("user_preference where subject = ?", seeker.subject())).isZero();
            assertThat(index.contains(seeker.profile())).as("this instance's index").isFalse();
            assertThat(employerSees(vacancy, seeker.id())).as("the employer's candidate list").isFalse();

            List<Map<String, Object>> lines = jdbc.sql("select actor_subject, actor_label, profile_id, detail from audit_entry "
                    + "where action = 'ACCOUNT_ERASED' and at >= ?").param(java.sql.Timestamp.from(before.minusSeconds(1))).query().listOfRows();
            assertThat(lines).isNotEmpty();
            for (Map<String, Object> line : lines) {
                assertThat(line.get("profile_id")).isNull();
                assertThat(line.toString()).doesNotContain(seeker.subject()).doesNotContain(seeker.id().toString());
            }

            // ProfileDeleted, then a tombstone, under the profile's key on the real broker
            List<ConsumerRecord<byte[], byte[]>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                topic.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(seeker.id().toString())) {
                        mine.add(r);
                    }
                });
                return mine.size() >= 2;
            });
            Decoded first = new EnvelopeCodec().decode(mine.get(0).value());
            assertThat(first).isInstanceOfSatisfying(Decoded.Accepted.class, a ->
                    assertThat(a.envelope().data()).isEqualTo(new ProfileDeleted(seeker.id(), "AM18")));
            assertThat(mine.get(1).value()).as("tombstone").isNull();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> count("lmi_supply_profile where profile_id = ?", seeker.id()) == 0
                && count("region_event where subject = ?", seeker.id().toString()) == 0);

        // the token issued before the erasure is still unexpired, but it no longer acts for anyone (issue 15)
        assertThat(http.delete("/api/me", bearer(token)).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me/export", bearer(token)).statusCode()).isEqualTo(401);
        assertThat(count("user_preference where subject = ?", seeker.subject())).isZero();
    }

    @Test
    void erasureDeletesTheLocalAccountSoThePersonCannotSignInAgain() {
        Seeker seeker = perfectFor(demoVacancy(5));
        jdbc.sql("insert into local_account (subject, username, name, password_hash) values (?, ?, 'Test Persoon', '{bcrypt}$2a$x')")
                .params(seeker.subject(), "nieuw-" + seeker.subject()).update();
        String token = tokens.jobSeekerWithSubject(seeker.subject());

        HttpResponse<String> export = http.get("/api/me/export", bearer(token));
        JsonNode local = json.readTree(export.body()).get("account").get("localAccount");
        assertThat(local.get("username").asString()).isEqualTo("nieuw-" + seeker.subject());
        assertThat(local.get("createdAt").asString()).isNotBlank();
        assertThat(export.body()).doesNotContain("bcrypt").doesNotContain("passwordHash");

        assertThat(http.delete("/api/me", bearer(token)).statusCode()).isEqualTo(204);
        assertThat(count("local_account where subject = ?", seeker.subject())).as("cannot sign in any more").isZero();
    }

    @Test
    void theAuditTrailIsTheOwnProfilesNewestFirstAndPaged() {
        Seeker seeker = perfectFor(demoVacancy(6));
        Seeker other = perfectFor(demoVacancy(6));
        CurrentUser coach = new CurrentUser(UUID.randomUUID().toString(), "jobcoach", "Coach", Set.of(Role.JOBCOACH), Set.of("AM18"), null);
        audit.record(employerUser(), AuditAction.PROFILE_VIEWED_BY_EMPLOYER, seeker.id(), "vacature 1");
        audit.record(coach, AuditAction.PROFILE_VIEWED_BY_COACH, seeker.id(), null);
        audit.record(employerUser(), AuditAction.INVITATION_SENT, seeker.id(), "vacature 2");
        audit.record(employerUser(), AuditAction.PROFILE_VIEWED_BY_EMPLOYER, other.id(), "vacature 3");
        String token = tokens.jobSeekerWithSubject(seeker.subject());

        JsonNode page = json.readTree(http.get("/api/me/audit?limit=2", bearer(token)).body());
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").valueStream().map(i -> i.get("action").asString()).toList())
                .containsExactly("INVITATION_SENT", "PROFILE_VIEWED_BY_COACH");
        JsonNode coachLine = page.get("items").get(1);
        assertThat(coachLine.get("actorLabel").asString()).isEqualTo("Jobcoach AM18");
        assertThat(coachLine.get("actorRole").asString()).isEqualTo("JOBCOACH");
        assertThat(coachLine.has("actorSubject")).isFalse();
        JsonNode next = json.readTree(http.get("/api/me/audit?limit=2&offset=2", bearer(token)).body());
        assertThat(next.get("items").valueStream().map(i -> i.get("detail").asString()).toList()).containsExactly("vacature 1");

        HttpResponse<String> tooMany = http.get("/api/me/audit?limit=201", bearer(token));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooMany.body()).get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(http.get("/api/me/audit?offset=-1", bearer(token)).statusCode()).isEqualTo(400);

        String withoutProfile = tokens.jobSeekerWithSubject(UUID.randomUUID().toString());
        JsonNode empty = json.readTree(http.get("/api/me/audit", bearer(withoutProfile)).body());
        assertThat(empty.get("items").size()).isZero();
    }

    @Test
    void onlyTheJobSeekerThemselvesMayUseMijnGegevens() {
        Seeker seeker = perfectFor(demoVacancy(7));
        Map<String, String> others = new HashMap<>();
        others.put("employer", employer());
        others.put("coach", tokens.jobcoach("jobcoach", "AM18"));
        others.put("regio", tokens.regio("regio", "AM18"));
        others.put("admin", tokens.admin());
        for (String path : List.of("/api/me/export", "/api/me/audit")) {
            assertThat(http.get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
            others.forEach((role, token) -> assertThat(http.get(path, bearer(token)).statusCode()).as(role + " " + path).isEqualTo(403));
        }
        assertThat(http.delete("/api/me").statusCode()).as("anonymous erasure").isEqualTo(401);
        others.forEach((role, token) -> assertThat(http.delete("/api/me", bearer(token)).statusCode()).as(role + " erasure").isEqualTo(403));
        assertThat(count("candidate_profile where id = ?", seeker.id())).as("nobody else erased anything").isEqualTo(1);

        // another seeker's call is about that seeker's own (absent) data, never this one's
        String stranger = tokens.jobSeekerWithSubject(UUID.randomUUID().toString());
        assertThat(http.get("/api/me/export", bearer(stranger)).body()).doesNotContain(seeker.id().toString());
        assertThat(http.delete("/api/me", bearer(stranger)).statusCode()).isEqualTo(204);
        assertThat(count("candidate_profile where id = ?", seeker.id())).isEqualTo(1);
    }

    boolean employerSees(UUID vacancy, UUID profile) {
        HttpResponse<String> answer = http.get("/api/vacancies/" + vacancy + "/candidates", bearer(employer()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("items").valueStream().anyMatch(c -> c.get("id").asString().equals(profile.toString()));
    }

    long count(String fromWhere, Object param) {
        return jdbc.sql("select count(*) from " + fromWhere).param(param).query(Long.class).single();
    }
}
