package nl.vaardig.web.lmi.read;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.consumer.ConsumedEvent;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.ingest.event.EventCatalogue;
import nl.vaardig.ingest.event.payload.EventPayload;
import nl.vaardig.ingest.event.payload.VacancyPublished;
import nl.vaardig.ingest.event.payload.VacancyState;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.web.lmi.aggregate.LmiDemandHandler;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's kept figures (issue 16) on the real servers: the summary, skills table, map and public demand of a
 * quarter of their own (2033-Q1, nobody else's) show a vacancy counted by the demand consumer as soon as its
 * transaction commits, and never one whose transaction rolled back.
 */
@VaardigIntegrationTest
class LmiReadCacheIT {

    static final String QUARTER = "2033-Q1";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    LmiDemandHandler demandHandler;
    @Autowired
    LmiReadCache cache;

    final JsonMapper json = EnvelopeCodec.mapper();

    record Figures(long summary, long national, long skill, long publicDemand) {
    }

    @Test
    void keptFiguresShowACommittedVacancyAtOnceAndARolledBackOneNever() {
        String skill = taxonomy.taxonomy().skills().get(11).uri().value();
        Figures before = figures(skill);
        assertThat(figures(skill)).as("read again: the same kept figures").isEqualTo(before);
        assertThat(cache.size()).as("figures kept").isPositive();

        tx.executeWithoutResult(status -> {
            demandHandler.handle(List.of(published(skill)));
            status.setRollbackOnly();
        });
        assertThat(figures(skill)).as("rolled back: nothing counted, nothing dropped wrongly").isEqualTo(before);

        tx.executeWithoutResult(status -> demandHandler.handle(List.of(published(skill))));
        assertThat(figures(skill)).as("committed: every kept figure of the quarter shows it at once")
                .isEqualTo(new Figures(before.summary() + 1, before.national() + 1, before.skill() + 1, before.publicDemand() + 1));
    }

    private Figures figures(String skill) {
        JsonNode summary = get("/api/lmi/regions/AM18/summary?period=" + QUARTER, true);
        JsonNode map = get("/api/lmi/map?period=" + QUARTER, true);
        JsonNode skills = get("/api/lmi/regions/AM18/skills?period=" + QUARTER, true);
        JsonNode open = get("/api/public/lmi/demand?period=" + QUARTER, false);
        long skillDemand = skills.get("rows").valueStream().filter(r -> r.get("key").asString().equals(skill))
                .mapToLong(r -> r.get("demand").asLong()).sum();
        long publicDemand = open.get("regions").valueStream().filter(r -> r.get("code").asString().equals("AM18"))
                .mapToLong(r -> r.get("openVacancies").asLong()).sum();
        return new Figures(summary.get("demand").asLong(), map.get("national").get("demand").asLong(), skillDemand, publicDemand);
    }

    private JsonNode get(String path, boolean regio) {
        Http http = new Http(port);
        HttpResponse<String> r = regio ? http.get(path, bearer(tokens.regio("regio", "AM18"))) : http.get(path);
        assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static ConsumedEvent published(String skill) {
        LocalDate from = LocalDate.of(2033, 1, 10);
        var state = new VacancyState(UUID.randomUUID(), "Cache BV", "Kept figures", "AM18", null, null, null, 32, 40, "PERMANENT",
                null, "7233", List.of(new VacancyState.SkillRequirement(skill, true)), from, from.plusDays(40), "PUBLISHED", "ui", null, 1);
        return new ConsumedEvent(EventCatalogue.<EventPayload>envelope(new VacancyPublished(state)), "cache-it", 0, 0, new byte[0]);
    }
}
