package nl.vaardig.web.matching;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
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
 * Employers see their own vacancies and, per vacancy, ranked candidates who consented to be found in its region —
 * pseudonymous, explained. Everyone else is refused; a person without (or after withdrawing) consent is never shown.
 */
@VaardigIntegrationTest
class EmployerCandidatesIT {

    static final String ORGANISATION = "Zorggroep Amstelland";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    CandidateService candidates;
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

    /** The demo employer's own (seeded) vacancies, which other tests leave alone. */
    JsonNode demoVacancy(int index) {
        return ownVacancies().valueStream().filter(v -> v.get("synthetic").asBoolean()).toList().get(index);
    }

    JsonNode ownVacancies() {
        HttpResponse<String> list = http.get("/api/vacancies", bearer(employer()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json.readTree(list.body()).get("items");
    }

    @Test
    void theEmployerListsOnlyTheOrganisationsOwnVacancies() {
        // other browser journeys may add vacancies for this organisation; the demo seeds ten
        List<JsonNode> demo = ownVacancies().valueStream().filter(v -> v.get("synthetic").asBoolean()).toList();
        assertThat(demo).hasSize(10);
        for (JsonNode v : demo) {
            assertThat(v.get("region").asString()).isEqualTo("AM18");
            assertThat(v.get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(v.get("title").asString()).endsWith("(demo)");
            assertThat(v.get("validUntil").asString()).isNotBlank();
        }
        String other = tokens.employer("andere-werkgever", "Bouwbedrijf Elders");
        assertThat(json.readTree(http.get("/api/vacancies", bearer(other)).body()).get("items").size()).isZero();
    }

    @Test
    void candidatesForAnOwnVacancyAreRankedPseudonymousExplainedAndAllConsentedForItsRegion() {
        String vacancy = demoVacancy(0).get("id").asString();
        JsonNode items = await().atMost(Duration.ofSeconds(20)).until(() -> candidates(vacancy).get("items"), i -> i.size() > 0);
        double previous = Double.MAX_VALUE;
        for (JsonNode c : items) {
            assertThat(c.get("label").asString()).matches("Kandidaat [0-9A-F]{4}");
            assertThat(c.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = c.get("score").asDouble();
            assertThat(c.get("explanation").get("score").asDouble()).isEqualTo(c.get("score").asDouble());
            UUID id = UUID.fromString(c.get("id").asString());
            assertThat(jdbc.sql("select count(*) from candidate_consent where profile_id = ? and kind = 'EMPLOYER_SEARCH' "
                    + "and withdrawn_at is null and 'AM18' = any(regions)").param(id).query(Long.class).single())
                    .as("consented to be found in AM18").isPositive();
            assertThat(c.toString()).doesNotContain("owner").doesNotContain("subject");
        }
    }

    @Test
    void aProfileIsFoundOnlyWhileItsOwnerConsentsForTheVacancysRegion() {
        String vacancy = demoVacancy(1).get("id").asString();
        List<SkillUri> asked = jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(UUID.fromString(vacancy)).query(String.class).list().stream().map(SkillUri::new).toList();
        // a perfect candidate: every skill the vacancy asks, at expert level, proven at work
        Profile perfect = new Profile(ProfileId.random(), asked.stream().map(s -> new ProfileSkill(s, ProficiencyLevel.EXPERT,
                EvidenceKind.WORK, SelfAssessment.DOES_IT)).toList(), Set.of(), new AmrCode("AM17"), null, null, null, false);
        candidates.store(List.of(perfect));
        String id = perfect.id().value().toString();
        assertThat(ids(vacancy)).as("no consent: never shown").doesNotContain(id);

        candidates.recordConsents(List.of(Consent.given(perfect.id(), ConsentKind.EMPLOYER_SEARCH, Set.of(new AmrCode("AM17")),
                "it-1", Instant.now())));
        assertThat(ids(vacancy)).as("consent for another region only: not shown for an AM18 vacancy").doesNotContain(id);

        candidates.recordConsents(List.of(Consent.given(perfect.id(), ConsentKind.EMPLOYER_SEARCH,
                Set.of(new AmrCode("AM17"), new AmrCode("AM18")), "it-1", Instant.now())));
        List<String> found = ids(vacancy);
        assertThat(found).as("consented for AM18: found, and first").first().isEqualTo(id);

        candidates.withdraw(perfect.id(), ConsentKind.EMPLOYER_SEARCH);
        assertThat(ids(vacancy)).as("withdrawn: gone at once").doesNotContain(id);
        assertThat(candidates.consents(perfect.id())).allSatisfy(c -> assertThat(c.withdrawnAt()).isNotNull());
    }

    @Test
    void othersAreRefused() {
        String vacancy = demoVacancy(0).get("id").asString();
        String path = "/api/vacancies/" + vacancy + "/candidates";
        String otherOrganisation = tokens.employer("andere-werkgever", "Bouwbedrijf Elders");
        assertThat(http.get(path, bearer(otherOrganisation)).statusCode()).as("another organisation's vacancy").isEqualTo(404);
        assertThat(http.get("/api/vacancies/" + UUID.randomUUID() + "/candidates", bearer(employer())).statusCode()).isEqualTo(404);
        assertThat(http.get(path, bearer(tokens.jobSeeker("werkzoekende"))).statusCode()).as("job seeker").isEqualTo(403);
        assertThat(http.get(path).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(http.get("/api/vacancies").statusCode()).as("anonymous list").isEqualTo(401);
        assertThat(http.get("/api/vacancies", bearer(tokens.jobSeeker("werkzoekende"))).statusCode()).isEqualTo(403);
    }

    JsonNode candidates(String vacancy) {
        HttpResponse<String> answer = http.get("/api/vacancies/" + vacancy + "/candidates", bearer(employer()));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    List<String> ids(String vacancy) {
        return candidates(vacancy).get("items").valueStream().map(c -> c.get("id").asString()).toList();
    }
}
