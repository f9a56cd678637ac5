package nl.vaardig.web.authz;

import nl.vaardig.matching.model.EvidenceKind;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileId;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.SelfAssessment;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.region.AmrCode;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.candidate.Consent;
import nl.vaardig.web.candidate.ConsentKind;
import nl.vaardig.web.demo.DemoSubjects;
import nl.vaardig.web.support.ApiEndpoints;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.ReceivedMail;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The authorisation matrix: every row of {@link AuthorizationMatrix} is requested by every {@link Caller}
 * against fixtures made through the application itself, and each answer must be the one the row expects
 * (let through, or refused with 401/403/404). A second test fails for every /api handler without a row.
 * The whole matrix is printed to the test log and written to target/authz-matrix.md.
 */
@VaardigIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

    private static final Path REPORT = Path.of("target", "authz-matrix.md");

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;
    @Autowired
    CandidateService candidates;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    nl.vaardig.local.mail.LocalMailServer smtp;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Http http;
    private MatrixFixtures fixtures;

    @BeforeAll
    void createTheFixturesThroughTheApplication() {
        http = new Http(port);
        String skill = taxonomy.taxonomy().skillAt(0).uri().value();
        String employer = Caller.EMPLOYER.token(tokens);

        UUID ownVacancy = publish(employer, "Matrix eigen vacature", skill);
        UUID toChange = publish(employer, "Matrix te wijzigen", skill);
        UUID toClose = publish(employer, "Matrix te sluiten", skill);
        UUID foreign = publish(Caller.OTHER_EMPLOYER.token(tokens), "Matrix andere organisatie", skill);

        UUID seekerProfile = ownedProfile(MatrixFixtures.SEEKER, "AM18", skill, true);
        UUID otherSeekerProfile = ownedProfile(MatrixFixtures.OTHER_SEEKER, "AM22", skill, false);

        String admin = tokens.admin();
        HttpResponse<String> upload = send("POST", "/api/admin/feeds?feed=authz-fixture&fileName=fixture.jsonl",
                MatrixFixtures.REFUSED_FEED_LINE, "application/x-ndjson", admin);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        String job = json.readTree(upload.body()).get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body()),
                j -> "DONE".equals(j.get("status").asString()));
        String deadLetter = done.get("errors").get(0).get("id").asString();

        String period = json.readTree(http.get("/api/lmi/meta", bearer(Caller.REGIO.token(tokens))).body())
                .get("defaultPeriod").asString();
        fixtures = new MatrixFixtures(ownVacancy, toChange, toClose, foreign, seekerProfile, otherSeekerProfile,
                UUID.fromString(job), UUID.fromString(deadLetter), period, skill,
                journeys(employer, seekerProfile, toChange, skill), passports(), teamOutlook(employer, skill));
    }

    /** A team outlook of the demo organisation with one invitation; the worker's token from the mail it sent. */
    private MatrixFixtures.TeamOutlook teamOutlook(String employer, String skill) {
        UUID outlook = idOf(http.post("/api/team/outlooks", "{\"name\":\"Matrixteam\",\"region\":\"AM18\",\"skills\":[\""
                + skill + "\"]}", bearer(employer)), 201);
        String address = "matrix-" + UUID.randomUUID() + "@voorbeeld.nl";
        HttpResponse<String> invited = http.post("/api/team/outlooks/" + outlook + "/invitations",
                "{\"emails\":[\"" + address + "\"]}", bearer(employer));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        UUID invitation = UUID.fromString(json.readTree(invited.body()).get(0).get("id").asString());
        String body = await().atMost(Duration.ofSeconds(30)).until(() -> smtp.received().stream()
                .filter(m -> ReceivedMail.addressedTo(m, address)).map(ReceivedMail::text).findFirst().orElse(null),
                java.util.Objects::nonNull);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/teamvragen/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        return new MatrixFixtures.TeamOutlook(outlook, invitation, link.group(1));
    }

    /** A share link, a share with the AM18 coach account and a link to revoke, all of the matrix seeker's passport. */
    private MatrixFixtures.Passports passports() {
        String seeker = Caller.SEEKER.token(tokens);
        HttpResponse<String> link = http.post("/api/me/passport/links", "{\"days\":7}", bearer(seeker));
        assertThat(link.statusCode()).as(link.body()).isEqualTo(201);
        UUID coachShare = idOf(http.post("/api/me/passport/accounts",
                "{\"username\":\"jobcoach\",\"role\":\"JOBCOACH\",\"days\":7}", bearer(seeker)), 201);
        HttpResponse<String> toRevoke = http.post("/api/me/passport/links", "{}", bearer(seeker));
        assertThat(toRevoke.statusCode()).as(toRevoke.body()).isEqualTo(201);
        return new MatrixFixtures.Passports(json.readTree(link.body()).get("token").asString(), coachShare,
                UUID.fromString(json.readTree(toRevoke.body()).get("share").get("id").asString()));
    }

    /** Two coach proposals (one agreed, one waiting for her answer) and an invitation, about the matrix seeker. */
    private MatrixFixtures.Issue6 journeys(String employer, UUID seekerProfile, UUID invitedFor, String skill) {
        String coach = Caller.COACH_AM18.token(tokens);
        String seeker = Caller.SEEKER.token(tokens);
        UUID proposalVacancy = publish(employer, "Matrix voorstel door coach", skill);
        UUID agreedVacancy = publish(employer, "Matrix voorstel akkoord", skill);
        UUID awaiting = idOf(http.post("/api/coach/proposals", "{\"profileId\":\"" + seekerProfile + "\",\"vacancyId\":\""
                + invitedFor + "\",\"note\":\"matrix\"}", bearer(coach)), 201);
        UUID agreed = idOf(http.post("/api/coach/proposals", "{\"profileId\":\"" + seekerProfile + "\",\"vacancyId\":\""
                + agreedVacancy + "\",\"note\":\"matrix\"}", bearer(coach)), 201);
        HttpResponse<String> agree = http.post("/api/me/proposals/" + agreed + "/answer",
                "{\"answer\":\"AGREED\",\"share\":{\"name\":\"Matrix Persoon\"}}", bearer(seeker));
        assertThat(agree.statusCode()).as(agree.body()).isEqualTo(200);
        // the version the coach sees in the candidate's file (the candidate's own view carries none)
        long version = -1;
        for (JsonNode p : json.readTree(http.get("/api/coach/candidates/" + seekerProfile, bearer(coach)).body()).get("proposals")) {
            if (agreed.toString().equals(p.get("id").asString())) {
                version = p.get("version").asLong();
            }
        }
        assertThat(version).as("the agreed proposal is in the coach's file").isPositive();
        UUID invitation = idOf(http.post("/api/vacancies/" + invitedFor + "/invitations", "{\"candidateId\":\""
                + seekerProfile + "\",\"message\":\"matrix\"}", bearer(employer)), 201);
        return new MatrixFixtures.Issue6(proposalVacancy, awaiting, agreed, version, invitation);
    }

    private UUID idOf(HttpResponse<String> created, int status) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(status);
        return UUID.fromString(json.readTree(created.body()).get("id").asString());
    }

    @Test
    void everyApiEndpointHasAtLeastOneRowAndEveryRowAnEndpoint() {
        Set<String> served = new TreeSet<>();
        ApiEndpoints.of(handlers).forEach(endpoint -> served.add(endpoint.key()));
        Set<String> covered = new TreeSet<>();
        AuthorizationMatrix.rows().forEach(row -> covered.add(row.operation()));

        Set<String> withoutRow = new TreeSet<>(served);
        withoutRow.removeAll(covered);
        Set<String> withoutEndpoint = new TreeSet<>(covered);
        withoutEndpoint.removeAll(served);
        assertThat(withoutRow).as("/api endpoints without a row in AuthorizationMatrix.rows() — add one per endpoint")
                .isEmpty();
        assertThat(withoutEndpoint).as("rows in AuthorizationMatrix.rows() for operations no handler serves").isEmpty();
    }

    @Test
    void everyCallerGetsWhatEachRowExpects() throws IOException {
        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder(header());
        for (MatrixRow row : AuthorizationMatrix.rows()) {
            String path = row.path.apply(fixtures);
            assertThat(PathPatternParser.defaultInstance.parse(row.template)
                    .matches(PathContainer.parsePath(path.replaceFirst("\\?.*", ""))))
                    .as("%s: the request path %s fits the template", row.operation(), path).isTrue();
            assertThat(row.expected.keySet()).as("%s names an expectation for every caller", row.operation())
                    .containsExactlyInAnyOrder(Caller.values());
            String body = row.body == null ? null : row.body.apply(fixtures);
            Map<Caller, Integer> actual = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                int status = statusOf(row.method, path, body, row.contentType, caller.token(tokens));
                actual.put(caller, status);
                Expect expect = row.expected.get(caller);
                if (!expect.admits(status)) {
                    mismatches.add(row.method + " " + path + " as " + caller + ": expected " + expect.cell()
                            + ", got " + status);
                }
            }
            table.append(line(row, path, actual));
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table.toString(), StandardCharsets.UTF_8);
        System.out.println("AUTHORIZATION MATRIX (expected; **actual** where it differs)\n" + table);
        assertThat(mismatches).as("answers that differ from the matrix (full table in target/authz-matrix.md)").isEmpty();
    }

    private static String header() {
        StringBuilder header = new StringBuilder("| operation | request |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Caller caller : Caller.values()) {
            header.append(' ').append(caller.column()).append(" |");
            rule.append("---|");
        }
        return header.append('\n').append(rule).append('\n').toString();
    }

    private static String line(MatrixRow row, String path, Map<Caller, Integer> actual) {
        StringBuilder line = new StringBuilder("| ").append(row.operation()).append(" | ").append(path.replaceAll(
                "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "…")).append(" |");
        for (Caller caller : Caller.values()) {
            Expect expect = row.expected.get(caller);
            int status = actual.get(caller);
            line.append(' ').append(expect.admits(status) ? expect.cell() : "**" + status + "** ≠ " + expect.cell())
                    .append(" |");
        }
        return line.append('\n').toString();
    }

    private UUID publish(String token, String title, String skill) {
        HttpResponse<String> created = http.post("/api/vacancies", MatrixFixtures.vacancyJson(title, skill), bearer(token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(created.body()).get("id").asString());
    }

    /** A job seeker's own profile through CandidateService, with every consent kind for its region or none. */
    private UUID ownedProfile(String username, String region, String skill, boolean consents) {
        String owner = DemoSubjects.subjectOf(username);
        return candidates.profileOwnedBy(owner).orElseGet(() -> {
            AmrCode amr = new AmrCode(region);
            Profile profile = new Profile(ProfileId.random(), List.of(new ProfileSkill(new SkillUri(skill),
                    ProficiencyLevel.INTERMEDIATE, EvidenceKind.WORK, SelfAssessment.DOES_IT)), Set.of(),
                    amr, null, null, null, false);
            List<Consent> given = !consents ? List.of() : Arrays.stream(ConsentKind.values())
                    .map(kind -> Consent.given(profile.id(), kind, Set.of(amr), "authz-matrix", Instant.now())).toList();
            candidates.storeOwned(profile, owner, given);
            return profile.id();
        }).value();
    }

    /** The status only: an event stream is closed as soon as its headers arrive. */
    private int statusOf(String method, String path, String body, String contentType, String token) {
        HttpRequest request = request(method, path, body, contentType, token);
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream stream = response.body()) {
                boolean eventStream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
                if (!eventStream) {
                    stream.readAllBytes();
                }
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType, String token) {
        try {
            return client.send(request(method, path, body, contentType, token),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String method, String path, String body, String contentType, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
