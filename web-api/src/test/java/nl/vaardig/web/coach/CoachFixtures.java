package nl.vaardig.web.coach;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
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
import nl.vaardig.web.demo.DemoSubjects;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Fresh job seekers with their own profile and consents, the demo tokens, and the demo employer's vacancies. */
final class CoachFixtures {

    static final String ORGANISATION = "Zorggroep Amstelland";

    final Http http;
    final TestTokens tokens;
    final CandidateService candidates;
    final JdbcClient jdbc;
    final JsonMapper json = EnvelopeCodec.mapper();

    CoachFixtures(Http http, TestTokens tokens, CandidateService candidates, JdbcClient jdbc) {
        this.http = http;
        this.tokens = tokens;
        this.candidates = candidates;
        this.jdbc = jdbc;
    }

    /** A registered job seeker: account name, profile id, and their token. */
    record Seeker(String username, ProfileId profile, String token) {
    }

    /** A fresh seeker whose profile holds every skill of the vacancy, with the given consents in {@code region}. */
    Seeker seeker(String region, UUID likeVacancy, ConsentKind... kinds) {
        String username = "it-seeker-" + UUID.randomUUID();
        List<SkillUri> asked = likeVacancy == null ? List.of()
                : jdbc.sql("select jsonb_array_elements(skills)->>'uri' from vacancy where id = ?")
                .param(likeVacancy).query(String.class).list().stream().map(SkillUri::new).toList();
        if (asked.isEmpty()) {
            asked = jdbc.sql("select skill_uri from candidate_skill limit 3").query(String.class).list().stream()
                    .map(SkillUri::new).toList();
        }
        Profile profile = new Profile(ProfileId.random(), asked.stream().map(s -> new ProfileSkill(s,
                ProficiencyLevel.ADVANCED, EvidenceKind.WORK, new SelfAssessment(true, true, false, true))).toList(),
                Set.of(), new AmrCode(region), null, null, null, false);
        List<Consent> consents = new ArrayList<>();
        for (ConsentKind kind : kinds) {
            consents.add(Consent.given(profile.id(), kind, Set.of(new AmrCode(region)), "it-1", Instant.now()));
        }
        candidates.storeOwned(profile, DemoSubjects.subjectOf(username), consents);
        return new Seeker(username, profile.id(), tokens.jobSeeker(username));
    }

    void withdrawCoachHelp(ProfileId profile) {
        // what DELETE /api/me/consents/COACH_HELP does to the table (built by the seeker journey)
        jdbc.sql("update candidate_consent set withdrawn_at = now() where profile_id = ? and kind = 'COACH_HELP' "
                + "and withdrawn_at is null").param(profile.value()).update();
    }

    String coach() {
        return tokens.jobcoach("jobcoach", "AM18");
    }

    String rijnmondCoach() {
        return tokens.jobcoach("jobcoach-rijnmond", "AM22");
    }

    String employer() {
        return tokens.employer("werkgever", ORGANISATION);
    }

    String otherEmployer() {
        return tokens.employer("andere-werkgever", "Bouwbedrijf Elders");
    }

    /** The demo employer's seeded AM18 vacancies (published, open), which tests leave alone. */
    List<UUID> demoVacancies() {
        HttpResponse<String> list = http.get("/api/vacancies", bearer(employer()));
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return json.readTree(list.body()).get("items").valueStream().filter(v -> v.get("synthetic").asBoolean())
                .map(v -> UUID.fromString(v.get("id").asString())).toList();
    }

    /** A vacancy of the demo employer published in another region. */
    UUID vacancyIn(String region) {
        String body = """
                {"title":"Verzorgende IG %s","description":"Wij zoeken een collega.","region":"%s","gemeente":"Rotterdam",
                 "hoursMin":24,"hoursMax":32,"contractType":"PERMANENT","validFrom":"2025-03-01","validUntil":"2099-04-30"}
                """.formatted(UUID.randomUUID(), region);
        HttpResponse<String> created = http.post("/api/vacancies", body, bearer(employer()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(created.body()).get("id").asString());
    }

    JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    List<String> fieldsOf(HttpResponse<String> problem) {
        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
        return json.readTree(problem.body()).get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    List<String> auditActions(ProfileId profile) {
        return jdbc.sql("select action from audit_entry where profile_id = ? order by at").param(profile.value())
                .query(String.class).list();
    }
}
