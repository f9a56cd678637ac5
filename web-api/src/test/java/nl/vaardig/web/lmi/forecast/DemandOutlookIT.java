package nl.vaardig.web.lmi.forecast;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The regio dashboard's trend and prognosis on the real database: four years of a rising, seasonal quarterly series of
 * one (test) skill in Groot Amsterdam → growing, with a four-quarter prognosis; a small series → no figure.
 */
@VaardigIntegrationTest
class DemandOutlookIT {

    static final String RISING = "urn:test:outlook19:rising";
    static final String SMALL = "urn:test:outlook19:small";

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();
    Period first;
    final java.util.List<Period> addedQuarters = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        Period current = Period.containing(Period.Kind.QUARTER, LocalDate.now());
        first = current;
        for (int i = 0; i < 17; i++) {
            first = first.previous();
        }
        double[] season = {0.8, 1.0, 1.3, 0.9};
        int i = 0;
        for (Period p = first; p.compareTo(current) < 0; p = p.next(), i++) {
            long rising = Math.round((100 + 5 * i) * season[(p.start().getMonthValue() - 1) / 3]);
            insert(p, "SKILL", RISING, rising);
            insert(p, "SKILL", SMALL, 2);
            // an ALL cell in the test region makes the quarter part of the history the service reads
            if (insert(p, "ALL", "-", 0) == 1) {
                addedQuarters.add(p);
            }
        }
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("delete from lmi_demand_cell where dim_key in (?, ?)").params(RISING, SMALL).update();
        for (Period p : addedQuarters) {
            jdbc.sql("delete from lmi_demand_cell where region = 'AM18' and period_kind = 'QUARTER' and period_start = ? "
                    + "and dimension = 'ALL' and vacancies = 0").param(p.start()).update();
        }
        addedQuarters.clear();
    }

    int insert(Period p, String dimension, String key, long vacancies) {
        return jdbc.sql("""
                insert into lmi_demand_cell (region, period_kind, period_start, dimension, dim_key, vacancies)
                values ('AM18', 'QUARTER', ?, ?, ?, ?) on conflict do nothing""")
                .params(p.start(), dimension, key, vacancies).update();
    }

    JsonNode get(String path, String token, int status) {
        HttpResponse<String> r = http.get(path, bearer(token));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return json.readTree(r.body());
    }

    @Test
    void aRisingSeasonalSkillIsGrowingAndGetsAPrognosisWithIntervals() {
        JsonNode o = get("/api/lmi/regions/am18/forecast?dimension=SKILL&key=" + RISING, tokens.regio("regio", "AM18"), 200);

        assertThat(o.get("trend").get("kind").asString()).isEqualTo("GROWING");
        assertThat(o.get("trend").get("percent").asLong()).isPositive();
        assertThat(o.get("history").size()).isGreaterThanOrEqualTo(12);
        JsonNode points = o.get("forecast").get("points");
        assertThat(points).hasSize(4);
        assertThat(o.get("forecast").get("method").asString()).isEqualTo(CombinedForecast.METHOD);
        for (JsonNode p : points) {
            assertThat(p.get("lower95").asDouble()).isLessThanOrEqualTo(p.get("lower80").asDouble());
            assertThat(p.get("lower80").asDouble()).isLessThanOrEqualTo(p.get("prognosis").asDouble());
            assertThat(p.get("prognosis").asDouble()).isLessThanOrEqualTo(p.get("upper80").asDouble());
            assertThat(p.get("upper80").asDouble()).isLessThanOrEqualTo(p.get("upper95").asDouble());
        }
    }

    @Test
    void aSmallSeriesShowsNoFigureAndNoPrognosis() {
        JsonNode o = get("/api/lmi/regions/AM18/forecast?dimension=SKILL&key=" + SMALL, tokens.regio("regio", "AM18"), 200);

        assertThat(o.get("trend").get("kind").asString()).isEqualTo("NOT_ENOUGH_DATA");
        assertThat(o.get("trend").get("percent").isNull()).isTrue();
        assertThat(o.get("forecast").get("points")).isEmpty();
    }

    @Test
    void badInputIsAProblemAndAnUnknownRegionIsNotFound() {
        String token = tokens.regio("regio", "AM18");
        get("/api/lmi/regions/AM18/forecast?dimension=ALL&key=-", token, 400);
        get("/api/lmi/regions/AM18/forecast?dimension=SKILL&key=" + RISING + "&horizon=9", token, 400);
        get("/api/lmi/regions/XX99/forecast?dimension=SKILL&key=" + RISING, token, 404);
    }
}
