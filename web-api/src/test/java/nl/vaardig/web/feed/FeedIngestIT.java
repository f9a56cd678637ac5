package nl.vaardig.web.feed;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import nl.vaardig.ingest.event.EnvelopeCodec;
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

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@VaardigIntegrationTest
class FeedIngestIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    nl.vaardig.taxonomy.TaxonomyRuntime taxonomy;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    static final String FEED = """
            {"externalId":"A-1","employer":"Bakkerij De Korf","title":"Administratief medewerker","description":"Je werkt met Microsoft Excel, voert de boekhouding en spreekt vloeiend Engels. Je hebt klantgerichte communicatievaardigheden.","gemeente":"Amsterdam","hoursMin":32,"hoursMax":40,"contractType":"PERMANENT","validFrom":"2025-03-01","validUntil":"2099-04-30"}
            {"externalId":"A-2","employer":"Havenbedrijf","title":"Heftruckchauffeur","region":"AM22","hoursMin":38,"hoursMax":38,"contractType":"AGENCY","skills":[{"uri":"http://data.europa.eu/esco/skill/aaaa-test","essential":true}],"validFrom":"2025-03-01","validUntil":"2099-03-31"}
            {"externalId":"A-3","employer":"Zorggroep","title":"Verzorgende IG","region":"Rotterdam","hoursMin":24,"hoursMax":32,"contractType":"PERMANENT","validFrom":"2025-03-01","validUntil":"2099-04-30"}
            {"externalId":"A-4","employer":"Gemeente Utrecht","title":"Beleidsmedewerker","gemeente":"Utrecht","hoursMin":36,"hoursMax":36,"contractType":"TEMPORARY","validFrom":"2025-03-01","validUntil":"2099-06-01"}
            """;

    String feed() {
        return FEED.replace("http://data.europa.eu/esco/skill/aaaa-test", taxonomy.taxonomy().skillAt(0).uri().value());
    }

    @Test
    void aFeedRecordWithASkillOutsideEscoIsADeadLetterNotAStoredVacancy() {
        String admin = tokens.admin();
        String line = FEED.lines().filter(l -> l.contains("A-2")).findFirst().orElseThrow();
        String job = json.readTree(FeedUploads.upload(http.base(), admin, "it-unknown-skill", "a.jsonl", line).body())
                .get("id").asString();

        JsonNode done = await().atMost(Duration.ofSeconds(20)).until(
                () -> json.readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body()),
                j -> "DONE".equals(j.get("status").asString()));
        assertThat(done.get("failed").asLong()).isEqualTo(1);
        assertThat(done.get("errors").get(0).get("reason").asString()).isEqualTo("INVALID_PAYLOAD");
        assertThat(done.get("errors").get(0).get("detail").asString()).contains("unknown ESCO skill");
    }

    @Test
    void anUploadedFeedIsValidatedExtractedStoredAndCountedWithProgressAndLineNumberedErrors() {
        String admin = tokens.admin();
        HttpResponse<String> accepted = FeedUploads.upload(http.base(), admin, "it-feed", "export.jsonl", feed());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String job = json.readTree(accepted.body()).get("id").asString();

        JsonNode done = await().atMost(Duration.ofSeconds(30)).until(
                () -> json.readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body()),
                j -> "DONE".equals(j.get("status").asString()));
        assertThat(done.get("recordsRead").asLong()).isEqualTo(4);
        assertThat(done.get("recordsInvalid").asLong()).isEqualTo(1);
        assertThat(done.get("stored").asLong()).isEqualTo(3);
        assertThat(done.get("ratePerSecond").asDouble()).isPositive();
        JsonNode error = done.get("errors").get(0);
        assertThat(error.get("line").asLong()).isEqualTo(3);
        assertThat(error.get("reason").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.get("detail").asString()).contains("arbeidsmarktregio");

        List<String> skills = jdbc.sql("select skills::text from vacancy where source = 'feed:it-feed' and external_id = 'A-1'")
                .query(String.class).list();
        assertThat(skills).singleElement().asString().as("skills were extracted from the text").contains("esco/skill");
        assertThat(jdbc.sql("select region from vacancy where source = 'feed:it-feed' and external_id = 'A-4'")
                .query(String.class).single()).as("region from the gemeente").isEqualTo("AM13");

        // the administrator corrects the refused line and re-drives it
        String corrected = "{\"externalId\":\"A-3\",\"employer\":\"Zorggroep\",\"title\":\"Verzorgende IG\",\"region\":\"AM22\","
                + "\"hoursMin\":24,\"hoursMax\":32,\"contractType\":\"PERMANENT\",\"validFrom\":\"2025-03-01\",\"validUntil\":\"2099-04-30\"}";
        HttpResponse<String> redriven = http.post("/api/admin/dead-letters/" + error.get("id").asString() + "/redrive",
                json.writeValueAsString(java.util.Map.of("payload", corrected)), bearer(admin));
        assertThat(redriven.statusCode()).as(redriven.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from vacancy where source = 'feed:it-feed' and external_id = 'A-3'").query(Long.class).single() == 1);
    }

    @Test
    void uploadingTheSameFeedAgainChangesNothingAndEmitsNoEvents() {
        String admin = tokens.admin();
        String once = feed().lines().filter(l -> l.contains("A-2")).findFirst().orElseThrow().replace("it-feed", "x");
        String first = json.readTree(FeedUploads.upload(http.base(), admin, "it-repeat", "a.jsonl", once).body()).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(json.readTree(
                http.get("/api/admin/feeds/jobs/" + first, bearer(admin)).body()).get("status").asString()));
        long version = jdbc.sql("select version from vacancy where source = 'feed:it-repeat'").query(Long.class).single();

        String second = json.readTree(FeedUploads.upload(http.base(), admin, "it-repeat", "a.jsonl", once).body()).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(json.readTree(
                http.get("/api/admin/feeds/jobs/" + second, bearer(admin)).body()).get("status").asString()));

        assertThat(jdbc.sql("select count(*) from vacancy where source = 'feed:it-repeat'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select version from vacancy where source = 'feed:it-repeat'").query(Long.class).single()).isEqualTo(version);

        // a changed record is a new version of the same row, every column as sent (the upsert's arrays, round 15)
        String changed = once.replace("\"Heftruckchauffeur\"", "\"Heftruckchauffeur nachtdienst\"");
        String third = json.readTree(FeedUploads.upload(http.base(), admin, "it-repeat", "a.jsonl", changed).body()).get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(json.readTree(
                http.get("/api/admin/feeds/jobs/" + third, bearer(admin)).body()).get("status").asString()));
        assertThat(jdbc.sql("select version || '|' || title || '|' || employer || '|' || region || '|' || coalesce(gemeente, '-') || '|' "
                        + "|| coalesce(latitude::text, '-') || '|' || hours_min || '-' || hours_max || '|' || contract_type || '|' "
                        + "|| valid_from || '|' || valid_until || '|' || (skills -> 0 ->> 'uri') || '|' || (skills -> 0 ->> 'essential') "
                        + "|| '|' || status || '|' || external_id from vacancy where source = 'feed:it-repeat'").query(String.class).single())
                .isEqualTo((version + 1) + "|Heftruckchauffeur nachtdienst|Havenbedrijf|AM22|-|-|38-38|AGENCY|2025-03-01|2099-03-31|"
                        + taxonomy.taxonomy().skillAt(0).uri().value() + "|true|PUBLISHED|A-2");
    }

    @Test
    void aCsvWithoutRequiredColumnsFailsTheJobWithTheReason() {
        String admin = tokens.admin();
        String job = json.readTree(FeedUploads.upload(http.base(), admin, "it-csv", "bad.csv", "id;title\n1;Bakker\n").body())
                .get("id").asString();

        JsonNode failed = await().atMost(Duration.ofSeconds(10)).until(
                () -> json.readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body()),
                j -> "FAILED".equals(j.get("status").asString()));
        assertThat(failed.get("message").asString()).contains("externalId");
    }

    @Test
    void onlyAdministratorsUploadFeeds() {
        HttpResponse<String> response = FeedUploads.upload(http.base(),
                tokens.jobcoach("jobcoach", "AM18"), "x", "a.jsonl", FEED);
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
