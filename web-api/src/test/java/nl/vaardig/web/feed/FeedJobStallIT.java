package nl.vaardig.web.feed;

import java.util.Map;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.pipeline.FeedJobWatchdog;
import nl.vaardig.ingest.pipeline.FeedJobs;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed job that stops moving says so (issue 16): STALLED with its counts in the API, back to work and DONE once
 * its records arrive after all; a job that is moving is left alone.
 */
@VaardigIntegrationTest
class FeedJobStallIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FeedJobs jobs;
    @Autowired
    FeedJobWatchdog watchdog;

    @Test
    void aJobWithoutProgressIsStalledWithItsCountsAndResumesWhenItsRecordsArrive() {
        Http http = new Http(port);
        String admin = tokens.admin();
        UUID quiet = job("stalled.jsonl", "10 minutes");
        UUID busy = job("busy.jsonl", "5 seconds");

        watchdog.markStalled();

        JsonNode stalled = view(http, admin, quiet);
        assertThat(stalled.get("status").asString()).isEqualTo("STALLED");
        assertThat(stalled.get("message").asString())
                .contains("7 of 10 records stored, 1 failed, 2 outstanding").contains("feed consumer");
        // issue 18: the reason as a kind and numbers too, which the admin page words in Dutch or English
        assertThat(stalled.get("stall").get("kind").asString()).isIn("LAG_UNKNOWN", "CAUGHT_UP", "BEHIND");
        assertThat(stalled.get("stall").get("minutes").asInt()).isPositive();
        assertThat(view(http, admin, busy).get("status").asString()).as("a moving job is left alone").isEqualTo("PROCESSING");

        jobs.addProcessed(Map.of(quiet, new long[] {2, 0}));

        JsonNode done = view(http, admin, quiet);
        assertThat(done.get("status").asString()).as("its records came after all").isEqualTo("DONE");
        assertThat(done.get("message").isNull()).as("the stall reason is gone").isTrue();
        assertThat(done.get("stall").isNull()).as("and its kind").isTrue();
    }

    /** A job that read 10 valid records and stored 7 (1 failed), last progress {@code ago}. */
    private UUID job(String fileName, String ago) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into feed_job (id, feed, file_name, format, uploaded_by, status, records_read, records_valid, "
                        + "stored, failed, read_finished_at, progressed_at) values (?, 'stall', ?, 'JSON_LINES', 'beheer', "
                        + "'PROCESSING', 10, 10, 7, 1, now(), now() - cast(? as interval))")
                .params(id, fileName, ago).update();
        return id;
    }

    private static JsonNode view(Http http, String admin, UUID job) {
        return EnvelopeCodec.mapper().readTree(http.get("/api/admin/feeds/jobs/" + job, bearer(admin)).body());
    }
}
