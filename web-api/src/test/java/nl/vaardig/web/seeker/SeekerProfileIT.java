package nl.vaardig.web.seeker;

import static nl.vaardig.web.seeker.SeekerApi.allConsents;
import static nl.vaardig.web.seeker.SeekerApi.held;
import static nl.vaardig.web.seeker.SeekerApi.keepOnly;
import static nl.vaardig.web.seeker.SeekerApi.profile;
import static nl.vaardig.web.seeker.SeekerApi.skill;
import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.vaardig.ingest.event.Decoded;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.Topic;
import nl.vaardig.ingest.event.payload.ConsentChanged;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.ProfileRegistered;
import nl.vaardig.ingest.kafka.KafkaClients;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
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
 * A job seeker's own profile and consents under /api/me: created with the consents of the consent screen, read,
 * replaced under optimistic locking, refused with field errors, events on the real broker, and nobody else gets in.
 */
@VaardigIntegrationTest
class SeekerProfileIT {

    static final String ZORGHULP = "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KafkaClients kafka;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    String freshSeeker() {
        return tokens.jobSeeker("it-seeker-" + UUID.randomUUID());
    }

    List<String> careSkills(int n) {
        return taxonomy.taxonomy().essentialSkills(new OccupationUri(ZORGHULP)).stream().limit(n).map(SkillUri::value).toList();
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    @Test
    void aSeekerCreatesReadsAndChangesTheirProfileAndAStaleVersionIsAConflict() {
        String seeker = freshSeeker();
        assertThat(http.get("/api/me/profile", bearer(seeker)).statusCode()).as("no profile yet").isEqualTo(404);
        List<String> skills = careSkills(3);
        List<String> body = new ArrayList<>(held(skills.subList(0, 2)));
        body.add(skill(skills.get(2), "BASIC", "CERTIFICATE", false, false, true, false, "Certificaat EHBO 2024"));

        JsonNode created = ok(http.post("/api/me/profile", profile(body, "AM18", null, allConsents("AM18")), bearer(seeker)), 201);
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("region").asString()).isEqualTo("AM18");
        assertThat(created.get("hours").get("max").asInt()).isEqualTo(32);
        assertThat(created.get("skills")).hasSize(3);
        JsonNode wish = created.get("skills").valueStream().filter(s -> s.get("uri").asString().equals(skills.get(2)))
                .findFirst().orElseThrow();
        assertThat(wish.get("wantsToLearn").asBoolean()).isTrue();
        assertThat(wish.get("canDoIt").asBoolean()).isFalse();
        assertThat(wish.get("evidence").asString()).isEqualTo("CERTIFICATE");
        assertThat(wish.get("proofText").asString()).isEqualTo("Certificaat EHBO 2024");
        assertThat(wish.get("labelNl").asString()).isNotBlank();
        assertThat(wish.get("labelEn").asString()).isNotBlank();

        JsonNode read = ok(http.get("/api/me/profile", bearer(seeker)), 200);
        assertThat(read.get("id").asString()).isEqualTo(created.get("id").asString());

        JsonNode changed = ok(http.put("/api/me/profile", profile(held(skills.subList(0, 1)), "AM18", 0L, null), bearer(seeker)), 200);
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("skills")).hasSize(1);

        HttpResponse<String> stale = http.put("/api/me/profile", profile(held(skills), "AM18", 0L, null), bearer(seeker));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json.readTree(stale.body()).get("type").asString()).isEqualTo("https://vaardig.nl/problems/conflict");
        assertThat(ok(http.get("/api/me/profile", bearer(seeker)), 200).get("skills")).as("the stale write changed nothing").hasSize(1);

        assertThat(http.post("/api/me/profile", profile(held(skills), "AM18", null, keepOnly()), bearer(seeker)).statusCode())
                .as("one profile per account").isEqualTo(409);

        UUID id = UUID.fromString(created.get("id").asString());
        List<String> actions = jdbc.sql("select action || ':' || actor_role from audit_entry where profile_id = ? order by at")
                .param(id).query(String.class).list();
        assertThat(actions).contains("PROFILE_CREATED:JOB_SEEKER", "CONSENT_GIVEN:JOB_SEEKER", "PROFILE_CHANGED:JOB_SEEKER");
        assertThat(actions.stream().filter(a -> a.startsWith("CONSENT_GIVEN"))).hasSize(3);
    }

    @Test
    void invalidProfilesAreRefusedWithAnErrorPerField() {
        String seeker = freshSeeker();
        List<String> skills = new ArrayList<>(held(careSkills(3)));
        skills.add(held("http://data.europa.eu/esco/skill/not-a-skill"));
        assertThat(fields(http.post("/api/me/profile", profile(skills, "AM18", null, keepOnly()), bearer(seeker))))
                .containsExactly("skills[3].uri");

        String doesButCannot = skill(careSkills(1).getFirst(), "BASIC", "WORK", true, false, false, false, null);
        assertThat(fields(http.post("/api/me/profile", profile(List.of(doesButCannot), "AM18", null, keepOnly()), bearer(seeker))))
                .containsExactly("skills[0].canDoIt");

        assertThat(fields(http.post("/api/me/profile", profile(held(careSkills(1)), "AM18", null,
                "[{\"kind\":\"EMPLOYER_SEARCH\",\"regions\":[\"AM18\"]}]"), bearer(seeker))))
                .as("nothing is stored without KEEP_PROFILE").containsExactly("consents");
        assertThat(fields(http.post("/api/me/profile", profile(held(careSkills(1)), "AM99", null,
                "[{\"kind\":\"KEEP_PROFILE\"},{\"kind\":\"COACH_HELP\",\"regions\":[]}]"), bearer(seeker))))
                .containsExactlyInAnyOrder("region", "consents[1].regions");

        String tooLongProof = skill(careSkills(1).getFirst(), "BASIC", "WORK", true, true, false, false, "x".repeat(501));
        assertThat(fields(http.post("/api/me/profile", profile(List.of(tooLongProof), "AM18", null, keepOnly()), bearer(seeker))))
                .containsExactly("skills[0].proofText");

        List<String> tooMany = IntStream.range(0, 201).mapToObj(i -> held("http://data.europa.eu/esco/skill/s" + i)).toList();
        assertThat(fields(http.post("/api/me/profile", profile(tooMany, "AM18", null, keepOnly()), bearer(seeker))))
                .containsExactly("skills");
        List<String> wishes = taxonomy.taxonomy().skills().stream().limit(51)
                .map(s -> skill(s.uri().value(), "BASIC", "SELF_DECLARED", false, false, true, false, null)).toList();
        assertThat(fields(http.post("/api/me/profile", profile(wishes, "AM18", null, keepOnly()), bearer(seeker))))
                .containsExactly("skills");

        assertThat(jdbc.sql("select count(*) from candidate_profile where owner_subject = ?")
                .param(nl.vaardig.web.demo.DemoSubjects.subjectOf(usernameOf(seeker))).query(Long.class).single())
                .as("nothing stored").isZero();

        ok(http.post("/api/me/profile", profile(held(careSkills(2)), "AM18", null, keepOnly()), bearer(seeker)), 201);
        assertThat(fields(http.put("/api/me/profile", profile(held(careSkills(2)), "AM18", null, null), bearer(seeker))))
                .containsExactly("version");
    }

    @Test
    void consentsAreGivenChangedAndWithdrawnWithHistoryAndEventsOnTheBroker() {
        String seeker = freshSeeker();
        JsonNode created = ok(http.post("/api/me/profile", profile(held(careSkills(2)), "AM18", null, allConsents("AM18")),
                bearer(seeker)), 201);
        String id = created.get("id").asString();

        JsonNode consents = ok(http.get("/api/me/consents", bearer(seeker)), 200);
        assertThat(consents.get("wordingVersion").asString()).isEqualTo(ConsentWording.VERSION);
        assertThat(consents.get("items").valueStream().map(c -> c.get("kind").asString()))
                .containsExactlyInAnyOrder("KEEP_PROFILE", "EMPLOYER_SEARCH", "COACH_HELP");

        JsonNode moved = ok(http.put("/api/me/consents/EMPLOYER_SEARCH", "{\"regions\":[\"AM18\",\"AM22\"]}", bearer(seeker)), 200);
        List<JsonNode> search = moved.get("items").valueStream().filter(c -> c.get("kind").asString().equals("EMPLOYER_SEARCH")).toList();
        assertThat(search).hasSize(2);
        assertThat(search.stream().filter(c -> c.get("active").asBoolean()).findFirst().orElseThrow().get("regions").valueStream()
                .map(JsonNode::asString).toList()).containsExactly("AM18", "AM22");
        assertThat(search.stream().filter(c -> !c.get("active").asBoolean()).findFirst().orElseThrow().get("withdrawnAt").isNull())
                .as("the replaced record is withdrawn, kept as history").isFalse();

        ok(http.delete("/api/me/consents/COACH_HELP", bearer(seeker)), 200);
        HttpResponse<String> keep = http.delete("/api/me/consents/KEEP_PROFILE", bearer(seeker));
        assertThat(keep.statusCode()).as("withdrawing KEEP_PROFILE is erasure, elsewhere").isEqualTo(409);
        assertThat(fields(http.put("/api/me/consents/COACH_HELP", "{\"regions\":[\"AM77\"]}", bearer(seeker))))
                .containsExactly("regions[0]");

        List<EventPayload> events = eventsAbout(id, 4);
        assertThat(events.getFirst()).isInstanceOfSatisfying(ProfileRegistered.class, r -> {
            assertThat(r.region()).isEqualTo("AM18");
        });
        List<Set<ConsentChanged.Scope>> granted = events.stream().filter(ConsentChanged.class::isInstance)
                .map(e -> ((ConsentChanged) e).granted()).toList();
        assertThat(granted.getFirst()).containsExactlyInAnyOrder(ConsentChanged.Scope.MATCHING,
                ConsentChanged.Scope.EMPLOYER_VISIBLE, ConsentChanged.Scope.COACH_CONTACT);
        assertThat(granted.getLast()).as("after withdrawing coach help: the complete remaining set")
                .containsExactlyInAnyOrder(ConsentChanged.Scope.MATCHING, ConsentChanged.Scope.EMPLOYER_VISIBLE);
        assertThat(jdbc.sql("select count(*) from audit_entry where profile_id = ? and action = 'CONSENT_WITHDRAWN'")
                .param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theStoredProfileIsMatchedAgainstVacanciesAndRoutes() {
        String seeker = freshSeeker();
        ok(http.post("/api/me/profile", profile(held(careSkills(5)), "AM18", null, keepOnly()), bearer(seeker)), 201);
        JsonNode vacancies = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> ok(http.get("/api/me/matches/vacancies", bearer(seeker)), 200).get("items"), i -> i.size() > 0);
        assertThat(vacancies.get(0).get("vacancy").get("region").asString()).isEqualTo("AM18");
        assertThat(vacancies.get(0).get("explanation").get("matched").size()).isPositive();
        assertThat(http.get("/api/me/matches/routes", bearer(seeker)).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/me/matches/vacancies?limit=0", bearer(seeker)).statusCode()).isEqualTo(400);
        assertThat(http.get("/api/me/matches/vacancies", bearer(freshSeeker())).statusCode()).as("no profile").isEqualTo(404);
    }

    @Test
    void anonymousOtherRolesAndOtherSeekersAreRefused() {
        String owner = freshSeeker();
        ok(http.post("/api/me/profile", profile(held(careSkills(2)), "AM18", null, keepOnly()), bearer(owner)), 201);
        String employer = tokens.employer("werkgever", "Zorggroep Amstelland");
        String coach = tokens.jobcoach("jobcoach", "AM18");
        String body = profile(held(careSkills(1)), "AM18", 0L, keepOnly());
        for (String[] call : List.of(new String[] {"GET", "/api/me/profile"}, new String[] {"POST", "/api/me/profile"},
                new String[] {"PUT", "/api/me/profile"}, new String[] {"GET", "/api/me/consents"},
                new String[] {"PUT", "/api/me/consents/COACH_HELP"}, new String[] {"DELETE", "/api/me/consents/COACH_HELP"},
                new String[] {"GET", "/api/me/matches/vacancies"}, new String[] {"GET", "/api/me/matches/routes"})) {
            assertThat(send(call, body).statusCode()).as("anonymous " + Arrays.toString(call)).isEqualTo(401);
            assertThat(send(call, body, bearer(employer)).statusCode()).as("employer " + Arrays.toString(call)).isEqualTo(403);
            assertThat(send(call, body, bearer(coach)).statusCode()).as("coach " + Arrays.toString(call)).isEqualTo(403);
        }
        // another seeker has no way to name the owner's profile: /api/me is always their own (none → 404)
        String other = freshSeeker();
        assertThat(http.get("/api/me/profile", bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/me/consents", bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/me/consents/COACH_HELP", bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.put("/api/me/profile", body, bearer(other)).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String[] call, String body, String... headers) {
        return switch (call[0]) {
            case "GET" -> http.get(call[1], headers);
            case "POST" -> http.post(call[1], body, headers);
            case "PUT" -> http.put(call[1], call[1].contains("consents") ? "{\"regions\":[\"AM18\"]}" : body, headers);
            default -> http.delete(call[1], headers);
        };
    }

    private List<String> fields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return json.readTree(response.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private String usernameOf(String token) {
        return json.readTree(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .get("preferred_username").asString();
    }

    /** The events about one profile on the profile topic of the real broker, in order, once at least {@code n} arrived. */
    private List<EventPayload> eventsAbout(String profileId, int n) {
        EnvelopeCodec codec = new EnvelopeCodec();
        List<EventPayload> found = new ArrayList<>();
        try (Consumer<byte[], byte[]> consumer = kafka.consumer("seeker-it-" + UUID.randomUUID(), "seeker-it", "earliest")) {
            consumer.subscribe(List.of(Topic.PROFILE.topicName()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < n && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key() != null && profileId.equals(new String(r.key(), StandardCharsets.UTF_8)) && r.value() != null
                            && codec.decode(r.value()) instanceof Decoded.Accepted accepted) {
                        found.add(accepted.envelope().data());
                    }
                }
            }
        }
        assertThat(found).as("events about " + profileId).hasSizeGreaterThanOrEqualTo(n);
        return found;
    }
}
