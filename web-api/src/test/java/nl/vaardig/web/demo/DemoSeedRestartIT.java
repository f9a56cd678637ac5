package nl.vaardig.web.demo;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.local.embedded.EmbeddedServers;
import nl.vaardig.local.embedded.FreePorts;
import nl.vaardig.web.candidate.CandidateIndex;
import nl.vaardig.web.candidate.CandidateService;
import nl.vaardig.web.platform.health.BackgroundWork;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.LocalPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16: a restart never changes demo data a user changed. The local profile seeds its demo data, the demo
 * employer closes one of its demo vacancies and edits another through the API, and the application starts again
 * on the same data folder: once with the seed marker in place (the normal restart) and once without it (a data
 * folder seeded before the marker existed), and both times the closed vacancy stays closed and the edit stays. As in
 * {@code ./vaardig run}, a first start seeds after "ready" ({@code vaardig.demo.in-background}): the test waits for
 * the health component's {@code demoData} part and checks that the profiles seeded then are in the candidate index.
 */
class DemoSeedRestartIT {

    private static final String EMPLOYER = "Zorggroep Amstelland";
    private static final String EDITED_TITLE = "Wijkverpleegkundige nachtdienst (demo, aangepast)";
    private final JsonMapper json = EnvelopeCodec.mapper();

    @TempDir
    Path dataDirectory;

    /** Also after a failed assertion: the servers run for the JVM, and their folder is deleted after this. */
    @AfterEach
    void stopServers() {
        EmbeddedServers.stopIfStarted(dataDirectory);
    }

    @Test
    void aRestartLeavesTheClosedAndTheEditedDemoVacancyAsTheEmployerLeftThem() throws Exception {
        Map<String, Object> properties = properties();
        String closedId;
        String editedId;
        int demoVacancies;
        try (ConfigurableApplicationContext first = LocalPlatform.start(properties, "local")) {
            assertThat(first.getBean(BackgroundWork.class).parts()).as("a first start seeds after ready")
                    .containsKey(DemoDataSeeder.BACKGROUND_PART);
            awaitDemoData(first);
            CandidateIndex index = first.getBean(CandidateIndex.class);
            int indexed = index.size();
            first.getBean(CandidateService.class).rebuildIndex();
            assertThat(indexed).as("the profiles seeded after ready are in the candidate index")
                    .isGreaterThan(100).isEqualTo(index.size());
            Http http = LocalPlatform.http(first);
            String employer = employerToken(first);
            JsonNode own = ownVacancies(http, employer);
            demoVacancies = own.size();
            assertThat(demoVacancies).as("the demo employer's seeded vacancies").isEqualTo(4);
            closedId = own.get(0).get("id").asString();
            editedId = own.get(1).get("id").asString();

            HttpResponse<String> closed = http.post("/api/vacancies/" + closedId + "/close",
                    "{\"version\":" + version(http, employer, closedId) + ",\"reason\":\"FILLED\"}", bearer(employer));
            assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
            HttpResponse<String> edited = http.put("/api/vacancies/" + editedId + "?version="
                    + version(http, employer, editedId), editJson(), bearer(employer));
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            assertThat(seededVersion(first)).as("the seed marker after the first start").isNotBlank();
        }
        EmbeddedServers.existing(dataDirectory).stop();

        try (ConfigurableApplicationContext second = LocalPlatform.start(properties, "local")) {
            assertThat(second.getBean(BackgroundWork.class).parts()).as("a restart has nothing to seed").isEmpty();
            assertUnchanged(second, closedId, editedId, demoVacancies);
            // as if this data folder had been seeded by a version without the marker: seeding runs again
            JdbcClient.create(second.getBean(javax.sql.DataSource.class)).sql("delete from demo_seed").update();
        }
        EmbeddedServers.existing(dataDirectory).stop();

        try (ConfigurableApplicationContext third = LocalPlatform.start(properties, "local")) {
            awaitDemoData(third);
            assertUnchanged(third, closedId, editedId, demoVacancies);
            assertThat(seededVersion(third)).as("seeding again writes the marker again")
                    .isEqualTo(DemoDataSeeder.seedVersion(third.getBean(DemoDataProperties.class)));
        } finally {
            EmbeddedServers.existing(dataDirectory).stop();
        }
    }

    /** Waits until the demo data seeded after ready is stored (a state, not a time). */
    private static void awaitDemoData(ConfigurableApplicationContext context) throws InterruptedException {
        BackgroundWork work = context.getBean(BackgroundWork.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (work.parts().get(DemoDataSeeder.BACKGROUND_PART) == BackgroundWork.State.RUNNING
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(work.parts()).as("the demo data seeded after ready")
                .containsEntry(DemoDataSeeder.BACKGROUND_PART, BackgroundWork.State.DONE);
    }

    private void assertUnchanged(ConfigurableApplicationContext context, String closedId, String editedId,
                                 int demoVacancies) throws Exception {
        Http http = LocalPlatform.http(context);
        String employer = employerToken(context);
        assertThat(ownVacancies(http, employer).size()).as("no demo vacancy added or lost").isEqualTo(demoVacancies);
        JsonNode closed = vacancy(http, employer, closedId);
        assertThat(closed.get("status").asString()).as("the closed demo vacancy after a restart").isEqualTo("CLOSED");
        assertThat(closed.get("version").asLong()).as("nobody wrote the closed row").isEqualTo(2);
        JsonNode edited = vacancy(http, employer, editedId);
        assertThat(edited.get("state").get("title").asString()).as("the edited title after a restart").isEqualTo(EDITED_TITLE);
        assertThat(edited.get("state").get("hoursMin").asInt()).isEqualTo(20);
        assertThat(edited.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(edited.get("version").asLong()).as("nobody wrote the edited row").isEqualTo(2);
    }

    private JsonNode ownVacancies(Http http, String employer) throws Exception {
        HttpResponse<String> response = http.get("/api/vacancies", bearer(employer));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("items");
    }

    private JsonNode vacancy(Http http, String employer, String id) throws Exception {
        HttpResponse<String> response = http.get("/api/vacancies/" + id, bearer(employer));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private long version(Http http, String employer, String id) throws Exception {
        return vacancy(http, employer, id).get("version").asLong();
    }

    private static String editJson() {
        return """
                {"title":"%s","description":"Aangepast door de werkgever.","region":"AM18","gemeente":"Amstelveen",
                 "hoursMin":20,"hoursMax":28,"contractType":"PERMANENT","validFrom":"2026-01-05","validUntil":"2099-04-30"}
                """.formatted(EDITED_TITLE);
    }

    private static String seededVersion(ConfigurableApplicationContext context) {
        return context.getBean(DemoSeedMarker.class).seededVersion().orElse("");
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vaardig.data-directory", dataDirectory.toString());
        properties.put("vaardig.embedded.postgres.port", FreePorts.pick());
        properties.put("vaardig.embedded.kafka.port", FreePorts.pickWithNext());
        properties.put("vaardig.mail.local-server.port", 0);
        properties.put("vaardig.embedded.lifecycle", "jvm");
        properties.put("server.port", FreePorts.pick());
        properties.put("logging.file.name", "");
        properties.put("logging.structured.format.file", "");
        // the local profile's demo data, small: this test is about what a restart does to it
        properties.put("vaardig.demo.vacancies", 200);
        properties.put("vaardig.demo.profiles", 200);
        properties.put("vaardig.demo.routes", 200);
        properties.put("vaardig.demo.employer-vacancies", 4);
        properties.put("vaardig.lmi.synthetic.enabled", false);
        return properties;
    }

    private static String employerToken(ConfigurableApplicationContext context) {
        return LocalPlatform.tokens(context).employer("werkgever", EMPLOYER);
    }
}
