package nl.vaardig.web.badge;

import static nl.vaardig.web.badge.BadgeFixtures.FORKLIFT;
import static nl.vaardig.web.badge.BadgeFixtures.TEAMWORK;
import static nl.vaardig.web.badge.BadgeFixtures.UNKNOWN;
import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: a job seeker imports Open Badges (JSON, baked PNG and SVG) as evidence; the badge is on the skill and in
 * the JSON-LD export, shown as not verified with its reason; bad files get a Dutch problem and change nothing; nobody
 * reaches another person's badges.
 */
@VaardigIntegrationTest
class BadgeEvidenceIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
    @Autowired
    JdbcClient jdbc;

    Http http;
    final HttpClient client = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    /** A fresh seeker whose profile holds the forklift skill only; returns the token. */
    String seekerWithForklift() {
        String subject = UUID.randomUUID().toString();
        ProfileId id = ProfileId.random();
        AmrCode am18 = new AmrCode("AM18");
        Profile profile = new Profile(id, List.of(new ProfileSkill(new SkillUri(FORKLIFT), ProficiencyLevel.INTERMEDIATE,
                EvidenceKind.WORK, new SelfAssessment(true, true, false, false))), Set.of(), am18, null, null, null, false);
        candidates.storeOwned(profile, subject, List.of(Consent.given(id, ConsentKind.KEEP_PROFILE, Set.of(am18), "it-badge-1", Instant.now())));
        return tokens.jobSeekerWithSubject(subject);
    }

    HttpResponse<String> upload(String token, byte[] file, String language) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/me/badges"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .header("Accept-Language", language)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode list(String token) {
        HttpResponse<String> response = http.get("/api/me/badges", bearer(token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void aBakedPngIsEvidenceOnTheSkillAndInTheExportButNotVerified() {
        String seeker = seekerWithForklift();
        byte[] png = BadgeFixtures.png("openbadges",
                BadgeFixtures.ob2("https://example.org/assertions/" + UUID.randomUUID(), "hosted", List.of(FORKLIFT, TEAMWORK, UNKNOWN)));

        HttpResponse<String> imported = upload(seeker, png, "nl");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonNode badge = json.readTree(imported.body());
        assertThat(badge.get("spec").asString()).isEqualTo("OB2");
        assertThat(badge.get("container").asString()).isEqualTo("PNG");
        assertThat(badge.get("verified").asBoolean()).isFalse();
        assertThat(badge.get("verificationReason").asString()).isEqualTo("HOSTED");
        assertThat(badge.get("skills").valueStream().map(s -> s.get("uri").asString() + "=" + s.get("inProfile").asBoolean()))
                .containsExactly(FORKLIFT + "=true", TEAMWORK + "=false");
        assertThat(badge.get("skills").get(0).get("labelNl").asString()).isNotBlank();
        assertThat(badge.get("ignoredSkillUris").valueStream().map(JsonNode::asString)).containsExactly(UNKNOWN);
        assertThat(list(seeker)).hasSize(1);

        HttpResponse<String> export = http.get("/api/me/export", bearer(seeker));
        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode profile = json.readTree(export.body()).get("profile");
        String badgeId = "urn:uuid:" + badge.get("id").asString();
        JsonNode forklift = profile.get("skills").valueStream()
                .filter(s -> s.get("skill").get("@id").asString().equals(FORKLIFT)).findFirst().orElseThrow();
        assertThat(forklift.get("evidenceBadges").valueStream().map(JsonNode::asString)).containsExactly(badgeId);
        JsonNode exported = profile.get("badges").get(0);
        assertThat(exported.get("@id").asString()).isEqualTo(badgeId);
        assertThat(exported.get("verified").asBoolean()).isFalse();
        assertThat(exported.get("alignedSkills").valueStream().map(JsonNode::asString)).containsExactly(FORKLIFT, TEAMWORK);
        assertThat(exported.get("badgeDocument").asString()).contains("Heftruckcertificaat (test)");
        assertThat(profile.get("otherRecords").has("seeker_badge")).isFalse();
        assertThat(profile.get("auditTrail").valueStream().map(a -> a.get("action").asString())).contains("BADGE_IMPORTED");
    }

    @Test
    void ob3JsonLdAndABakedSvgAreImportedWithTheirOwnVerificationReason() {
        String seeker = seekerWithForklift();
        HttpResponse<String> ob3 = upload(seeker, BadgeFixtures.ob3("urn:uuid:" + UUID.randomUUID(), true, List.of(TEAMWORK))
                .getBytes(StandardCharsets.UTF_8), "nl");
        assertThat(ob3.statusCode()).as(ob3.body()).isEqualTo(201);
        assertThat(json.readTree(ob3.body()).get("verificationReason").asString()).isEqualTo("PROOF");
        HttpResponse<String> svg = upload(seeker, BadgeFixtures.svg("assertion", "http://openbadges.org",
                BadgeFixtures.ob2("urn:uuid:" + UUID.randomUUID(), "hosted", List.of(FORKLIFT))), "nl");
        assertThat(svg.statusCode()).as(svg.body()).isEqualTo(201);
        assertThat(json.readTree(svg.body()).get("container").asString()).isEqualTo("SVG");
        assertThat(list(seeker)).hasSize(2);
    }

    @Test
    void badFilesGetADutchProblemAndChangeNothing() {
        String seeker = seekerWithForklift();
        String assertionId = "https://example.org/assertions/" + UUID.randomUUID();
        assertThat(upload(seeker, BadgeFixtures.ob2(assertionId, "hosted", List.of(FORKLIFT)).getBytes(StandardCharsets.UTF_8), "nl")
                .statusCode()).isEqualTo(201);

        record Bad(byte[] file, int status, String code, String dutch) {
        }
        List<Bad> bad = List.of(
                new Bad("geen badge".getBytes(StandardCharsets.UTF_8), 400, "NOT_A_BADGE_FILE", "Dit is geen badgebestand."),
                new Bad("{\"type\":\"Assertion\",".getBytes(StandardCharsets.UTF_8), 400, "BROKEN_JSON", "beschadigd of onvolledig"),
                new Bad(BadgeFixtures.png(null, null), 400, "PNG_WITHOUT_BADGE", "bevat geen badgegegevens"),
                new Bad(BadgeFixtures.ob2("urn:uuid:x", "hosted", List.of("https://example.org/skill/1")).getBytes(StandardCharsets.UTF_8),
                        422, "NO_ESCO_ALIGNMENT", "noemt geen ESCO-vaardigheden"),
                new Bad(BadgeFixtures.ob2("urn:uuid:y", "hosted", List.of(UNKNOWN)).getBytes(StandardCharsets.UTF_8),
                        422, "UNKNOWN_SKILLS", "die Vaardig niet kent"),
                new Bad(BadgeFixtures.ob2(assertionId, "hosted", List.of(FORKLIFT)).getBytes(StandardCharsets.UTF_8),
                        409, "ALREADY_IMPORTED", "staat al bij je bewijzen"),
                new Bad(new byte[BadgeFile.MAX_BYTES + 10], 413, "TOO_LARGE", "groter dan 2 MB"));
        for (Bad b : bad) {
            HttpResponse<String> response = upload(seeker, b.file(), "nl");
            assertThat(response.statusCode()).as(b.code() + ": " + response.body()).isEqualTo(b.status());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("code").asString()).isEqualTo(b.code());
            assertThat(problem.get("detail").asString()).contains(b.dutch());
        }
        JsonNode english = json.readTree(upload(seeker, "geen badge".getBytes(StandardCharsets.UTF_8), "en").body());
        assertThat(english.get("detail").asString()).startsWith("This is not a badge file.");
        assertThat(list(seeker)).hasSize(1);
    }

    @Test
    void onlyTheOwnerSeesAndRemovesABadge() {
        String owner = seekerWithForklift();
        String other = seekerWithForklift();
        HttpResponse<String> imported = upload(owner, BadgeFixtures.ob2("urn:uuid:" + UUID.randomUUID(), "hosted", List.of(FORKLIFT))
                .getBytes(StandardCharsets.UTF_8), "nl");
        String id = json.readTree(imported.body()).get("id").asString();

        assertThat(list(other)).isEmpty();
        assertThat(http.delete("/api/me/badges/" + id, bearer(other)).statusCode()).isEqualTo(404);
        assertThat(list(owner)).hasSize(1);
        assertThat(upload(tokens.employer("werkgever", "Zorggroep Amstelland"), "{}".getBytes(StandardCharsets.UTF_8), "nl").statusCode())
                .isEqualTo(403);
        assertThat(upload(tokens.jobSeekerWithSubject(UUID.randomUUID().toString()), "{}".getBytes(StandardCharsets.UTF_8), "nl")
                .statusCode()).as("no profile yet").isEqualTo(404);

        assertThat(http.delete("/api/me/badges/" + id, bearer(owner)).statusCode()).isEqualTo(204);
        assertThat(list(owner)).isEmpty();
        assertThat(jdbc.sql("select count(*) from seeker_badge_skill where badge_id = ?").param(UUID.fromString(id))
                .query(Long.class).single()).isZero();
    }
}
