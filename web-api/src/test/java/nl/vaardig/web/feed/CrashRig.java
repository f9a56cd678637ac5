package nl.vaardig.web.feed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vaardig.ingest.pipeline.FeedIngestHandler;
import nl.vaardig.local.embedded.EmbeddedServers;
import nl.vaardig.local.embedded.FreePorts;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.LocalPlatform;
import nl.vaardig.web.vacancy.VacancyIndex;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static nl.vaardig.web.support.Http.bearer;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform on its own data folder (its own embedded PostgreSQL and KRaft broker), so a crash test can
 * kill the database or throw the application context away without disturbing the other integration tests, and
 * start a new context on the same servers afterwards.
 */
final class CrashRig {

    private final Path dataDirectory;
    private final JsonMapper json = nl.vaardig.ingest.event.EnvelopeCodec.mapper();

    CrashRig(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts an application context on this folder; the servers start with the first one and stay up. */
    ConfigurableApplicationContext start() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("vaardig.embedded.ephemeral", false);
        properties.put("vaardig.data-directory", dataDirectory.toString());
        properties.put("server.port", FreePorts.pick());
        properties.put("vaardig.demo.enabled", false); // only the feed's vacancies, so the counts are exact
        properties.put("vaardig.lmi.synthetic.enabled", false); // nothing here reads the history: a quicker start
        return LocalPlatform.start(properties, "local", "it");
    }

    EmbeddedServers servers() {
        return EmbeddedServers.existing(dataDirectory);
    }

    /** Stops the servers of this folder (end of test). */
    void stopServers() {
        servers().stop();
    }

    /**
     * kill -9 of the PostgreSQL postmaster, as an operator's {@code kill -9} would: its backends notice the death of
     * their parent and exit on their own; returns once they are all gone (the new postmaster refuses to start
     * while any of them still holds the old shared memory).
     */
    void killPostgres() throws Exception {
        Path pidFile = dataDirectory.resolve("postgres").resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> backends = postmaster.children().toList();
        postmaster.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !postmaster.isAlive()
                && backends.stream().noneMatch(ProcessHandle::isAlive));
    }

    /** Starts PostgreSQL again on the same data directory and port after {@link #killPostgres()}. */
    void restartPostgres() {
        var postgres = servers().postgres();
        postgres.close(); // releases zonky's lock on the data directory; its pg_ctl stop finds nothing to stop
        postgres.start(); // crash recovery replays the WAL
    }

    JsonNode job(Http http, String admin, String job) {
        return json.readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body());
    }

    void awaitStored(Http http, String admin, String job, long atLeast) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(http, admin, job).get("stored").asLong() >= atLeast);
    }

    void awaitRead(Http http, String admin, String job, long records) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> job(http, admin, job).get("recordsRead").asLong() >= records);
    }

    JsonNode awaitDone(Http http, String admin, String job) {
        return await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> job(http, admin, job), j -> "DONE".equals(j.get("status").asString()));
    }

    /** What the database, the region counters and the index hold: the figures a crash must not change. */
    record Counts(long stored, long firstVersions, long counted, long indexed, long outbox, long processedMarks) {
    }

    static Counts counts(ConfigurableApplicationContext context, String feed) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        VacancyIndex index = context.getBean(VacancyIndex.class);
        index.refresh();
        return new Counts(
                jdbc.sql("select count(*) from vacancy where source = ?").param("feed:" + feed).query(Long.class).single(),
                jdbc.sql("select count(distinct external_id) from vacancy where source = ? and version = 1")
                        .param("feed:" + feed).query(Long.class).single(),
                jdbc.sql("select coalesce(sum(published), 0) from vacancy_region_count").query(Long.class).single(),
                index.size(),
                jdbc.sql("select count(*) from event_outbox").query(Long.class).single(),
                jdbc.sql("select count(*) from processed_event where consumer = ?").param(FeedIngestHandler.NAME)
                        .query(Long.class).single());
    }

    /** Waits until the outbox is empty and the counters and index stop moving: every event has arrived. */
    static Counts settled(ConfigurableApplicationContext context, String feed, long expected) {
        Counts[] last = {null};
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                Counts now = counts(context, feed);
                boolean still = now.equals(last[0]);
                last[0] = now;
                return still && now.outbox() == 0 && now.counted() >= expected;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the counts never reached " + expected + " counted with an empty outbox: " + last[0], e);
        }
        return last[0];
    }
}
