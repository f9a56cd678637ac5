package nl.vaardig.web.seeker;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Withdrawing employer-search consent takes a job seeker out of every employer's candidate list at once. */
@VaardigIntegrationTest
class SeekerWithdrawalIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = EnvelopeCodec.mapper();

    @Test
    void afterTheSeekerWithdrawsEmployerSearchTheEmployersNextCandidatesCallNoLongerListsThem() {
        Http http = new Http(port);
        String employer = tokens.employer("werkgever", "Zorggroep Amstelland");
        JsonNode vacancy = json.readTree(http.get("/api/vacancies", bearer(employer)).body()).get("items").valueStream()
                .filter(v -> v.get("synthetic").asBoolean()).findFirst().orElseThrow();
        String vacancyId = vacancy.get("id").asString();
        // a perfect fit for the vacancy: every skill it asks, held at work
        List<String> asked = jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(UUID.fromString(vacancyId)).query(String.class).list();
        List<String> skills = asked.stream().map(uri -> SeekerApi.skill(uri, "EXPERT", "WORK", true, true, false, true, null)).toList();

        String seeker = tokens.jobSeeker("it-withdraw-" + UUID.randomUUID());
        HttpResponse<String> created = http.post("/api/me/profile",
                SeekerApi.profile(skills, "AM18", null, SeekerApi.allConsents("AM18")), bearer(seeker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json.readTree(created.body()).get("id").asString();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(candidateIds(http, employer, vacancyId)).contains(id));

        // a profile change is re-indexed at once: with none of the vacancy's skills left the person drops out
        String unrelated = SeekerApi.held(jdbc.sql("select uri from (select distinct jsonb_array_elements(skills)->>'uri' as uri "
                + "from vacancy) s where uri <> all(?) limit 1").param(asked.toArray(String[]::new)).query(String.class).single());
        assertThat(http.put("/api/me/profile", SeekerApi.profile(List.of(unrelated), "AM18", 0L, null), bearer(seeker)).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(candidateIds(http, employer, vacancyId)).doesNotContain(id));
        assertThat(http.put("/api/me/profile", SeekerApi.profile(skills, "AM18", 1L, null), bearer(seeker)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(candidateIds(http, employer, vacancyId)).contains(id));

        HttpResponse<String> withdrawn = http.delete("/api/me/consents/EMPLOYER_SEARCH", bearer(seeker));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(candidateIds(http, employer, vacancyId)).as("gone on the very next call").doesNotContain(id);

        // giving it again makes the person findable again, for the regions chosen now
        assertThat(http.put("/api/me/consents/EMPLOYER_SEARCH", "{\"regions\":[\"AM18\"]}", bearer(seeker)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(candidateIds(http, employer, vacancyId)).contains(id));
    }

    private List<String> candidateIds(Http http, String employer, String vacancyId) {
        HttpResponse<String> answer = http.get("/api/vacancies/" + vacancyId + "/candidates", bearer(employer));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("items").valueStream().map(c -> c.get("id").asString()).toList();
    }
}
