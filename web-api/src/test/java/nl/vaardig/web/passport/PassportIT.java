package nl.vaardig.web.passport;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.ResolvedLabel;
import nl.vaardig.taxonomy.model.Skill;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The skills passport end to end on the real platform: the seeker shares it by link and with a named coach account,
 * others open it, the seeker revokes, and every refusal answers 404 the same way. The PDF is read back with PDFBox's
 * text extractor: it holds the skills' Dutch labels and is a tagged PDF in Dutch with a title.
 */
@VaardigIntegrationTest
class PassportIT {

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private Http http;
    private List<String> dutchLabels;
    private String seeker;
    private String seekerName;

    @BeforeEach
    void aSeekerWithThreeConfirmedSkillsAndOneToLearn() {
        http = new Http(port);
        seekerName = "paspoort-" + UUID.randomUUID().toString().substring(0, 8);
        seeker = tokens.jobSeeker(seekerName);
        List<Skill> skills = officiallyDutch(4);
        dutchLabels = skills.stream().map(s -> dutch(s).text()).toList();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(skill(skills.get(i).uri().value(), true, false, i == 0 ? "Diploma MBO Verzorgende IG, 2019" : null));
        }
        rows.add(skill(skills.get(3).uri().value(), false, true, null));
        HttpResponse<String> created = http.post("/api/me/profile", "{\"skills\":[" + String.join(",", rows)
                + "],\"region\":\"AM18\",\"consents\":[{\"kind\":\"KEEP_PROFILE\"}]}", bearer(seeker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void aLinkOpensThePassportWithoutAnAccountUntilRevokedThenAnswers404AndTheViewIsAudited() {
        JsonNode link = created(http.post("/api/me/passport/links", "{\"days\":7}", bearer(seeker)));
        String token = link.get("token").asString();
        assertThat(token).hasSize(43);
        String storedHash = jdbc.sql("select token_sha256 from passport_share where id = ?")
                .param(UUID.fromString(link.get("share").get("id").asString())).query(String.class).single();
        assertThat(storedHash).as("only the hash is stored").isNotEqualTo(token).hasSize(64);

        HttpResponse<String> opened = http.get("/api/public/passports/" + token);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode passport = json.readTree(opened.body());
        assertThat(passport.get("holderName").asString()).isEqualTo(seekerName);
        List<String> shown = new ArrayList<>();
        passport.get("groups").forEach(g -> g.get("skills").forEach(s -> shown.add(s.get("skill").get("label").asString())));
        assertThat(shown).containsExactlyInAnyOrderElementsOf(dutchLabels.subList(0, 3));
        assertThat(passport.get("groups").get(0).get("label").asString()).isNotBlank();
        assertThat(passport.get("wantsToLearn").get(0).get("label").asString()).isEqualTo(dutchLabels.get(3));
        assertThat(opened.body()).as("the answer names neither profile nor account")
                .doesNotContain(profileId().toString()).doesNotContain("owner");

        HttpResponse<String> revoked = http.delete("/api/me/passport/shares/" + link.get("share").get("id").asString(), bearer(seeker));
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> after = http.get("/api/public/passports/" + token);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(bytes("/api/public/passports/" + token + "/pdf", null).statusCode()).isEqualTo(404);

        JsonNode audit = json.readTree(http.get("/api/me/audit", bearer(seeker)).body()).get("items");
        List<String> actions = new ArrayList<>();
        audit.forEach(line -> actions.add(line.get("action").asString() + " " + line.get("actorLabel").asString()));
        assertThat(actions).contains("PASSPORT_VIEWED_BY_LINK Deellink", "PASSPORT_SHARED Uzelf", "PASSPORT_SHARE_REVOKED Uzelf");
        JsonNode shares = json.readTree(http.get("/api/me/passport/shares", bearer(seeker)).body());
        assertThat(shares.get(0).get("active").asBoolean()).isFalse();
        assertThat(shares.get(0).get("revokedAt").isNull()).isFalse();
    }

    @Test
    void thePdfHoldsTheSkillsDutchLabelsAndIsATaggedDutchDocumentWithATitle() throws IOException {
        long started = System.nanoTime();
        HttpResponse<byte[]> own = bytes("/api/me/passport/pdf", seeker);
        long firstMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(own.statusCode()).isEqualTo(200);
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            assertThat(bytes("/api/me/passport/pdf", seeker).statusCode()).isEqualTo(200);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        // a figure for docs/benchmarks.md (busy shared machine: an upper bound), not an assertion
        System.out.printf(Locale.ROOT, "PASSPORT PDF: %d bytes, first request %d ms, next 10: median %d ms, max %d ms%n",
                own.body().length, firstMs, ms[ms.length / 2], ms[ms.length - 1]);
        assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertTaggedWithSkills(own.body());

        String token = created(http.post("/api/me/passport/links", "{}", bearer(seeker))).get("token").asString();
        HttpResponse<byte[]> byLink = bytes("/api/public/passports/" + token + "/pdf", null);
        assertThat(byLink.statusCode()).isEqualTo(200);
        assertTaggedWithSkills(byLink.body());
        assertThat(auditActions()).contains("PASSPORT_VIEWED_BY_LINK");
    }

    private void assertTaggedWithSkills(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String label : dutchLabels.subList(0, 3)) {
                assertThat(text).as("the PDF text holds the confirmed skill").contains(label.replaceAll("\\s+", " "));
            }
            assertThat(text).contains("Wil graag leren").contains(dutchLabels.get(3).replaceAll("\\s+", " "))
                    .contains("Diploma MBO Verzorgende IG, 2019");
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("a structure tree (tagged PDF)").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nl-NL");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Skills paspoort van " + seekerName);
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void anExpiredOrUnknownOrMalformedLinkAnswers404AndExpiryIsLimited() {
        JsonNode link = created(http.post("/api/me/passport/links", "{\"days\":1}", bearer(seeker)));
        String token = link.get("token").asString();
        jdbc.sql("update passport_share set created_at = now() - interval '2 days', expires_at = now() - interval '1 second' where id = ?")
                .param(UUID.fromString(link.get("share").get("id").asString())).update();
        assertThat(http.get("/api/public/passports/" + token).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/public/passports/" + "A".repeat(43)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/public/passports/kort").statusCode()).isEqualTo(404);

        for (String days : List.of("0", "91", "-3")) {
            HttpResponse<String> refused = http.post("/api/me/passport/links", "{\"days\":" + days + "}", bearer(seeker));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("\"field\":\"days\"").contains("90 dagen");
        }
        assertThat(created(http.post("/api/me/passport/links", "{\"days\":90}", bearer(seeker))).get("share")
                .get("expiresAt").asString()).isNotBlank();
    }

    @Test
    void aNamedCoachOpensWhatWasSharedWithItAndNobodyElseDoes() {
        JsonNode share = created(http.post("/api/me/passport/accounts",
                "{\"username\":\"jobcoach\",\"role\":\"JOBCOACH\",\"days\":14}", bearer(seeker)));
        String id = share.get("id").asString();
        String coach = tokens.jobcoach("jobcoach", "AM18");

        JsonNode mine = json.readTree(http.get("/api/passports/shared-with-me", bearer(coach)).body());
        List<String> ids = new ArrayList<>();
        mine.forEach(s -> ids.add(s.get("id").asString()));
        assertThat(ids).contains(id);
        HttpResponse<String> opened = http.get("/api/passports/" + id, bearer(coach));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(opened.body()).contains(dutchLabels.get(0));
        assertThat(bytes("/api/passports/" + id + "/pdf", coach).statusCode()).isEqualTo(200);

        // an employer without a share, another coach, an employer account of the same user name: all 404
        assertThat(http.get("/api/passports/" + id, bearer(tokens.employer("werkgever", "Zorggroep Amstelland"))).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/passports/" + id, bearer(tokens.jobcoach("jobcoach-rijnmond", "AM22"))).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/passports/" + id, bearer(tokens.employer("jobcoach", "Elders BV"))).statusCode()).isEqualTo(404);
        // a job seeker has no business on these paths at all; another seeker cannot revoke it
        String other = tokens.jobSeeker("paspoort-ander-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(http.get("/api/passports/" + id, bearer(other)).statusCode()).isEqualTo(403);
        assertThat(http.delete("/api/me/passport/shares/" + id, bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/passports/" + id, bearer(coach)).statusCode()).as("still shared").isEqualTo(200);

        List<String> audit = new ArrayList<>();
        json.readTree(http.get("/api/me/audit", bearer(seeker)).body()).get("items")
                .forEach(l -> audit.add(l.get("action").asString() + " " + l.get("actorLabel").asString()));
        assertThat(audit).contains("PASSPORT_VIEWED_BY_ACCOUNT Jobcoach AM18");

        assertThat(http.delete("/api/me/passport/shares/" + id, bearer(seeker)).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/passports/" + id, bearer(coach)).statusCode()).isEqualTo(404);
        assertThat(http.delete("/api/me/passport/shares/" + id, bearer(seeker)).statusCode()).as("revoked once").isEqualTo(404);
    }

    @Test
    void sharingWithAnAccountNeedsAUserNameAndACoachOrEmployerRole() {
        assertThat(http.post("/api/me/passport/accounts", "{\"username\":\"werkgever\",\"role\":\"ADMIN\"}", bearer(seeker))
                .body()).contains("\"field\":\"role\"");
        assertThat(http.post("/api/me/passport/accounts", "{\"username\":\"\",\"role\":\"EMPLOYER\"}", bearer(seeker))
                .statusCode()).isEqualTo(400);
        assertThat(http.post("/api/me/passport/accounts", "{\"username\":\"" + seekerName + "\",\"role\":\"EMPLOYER\"}",
                bearer(seeker)).statusCode()).as("not with yourself").isEqualTo(400);
        assertThat(http.post("/api/me/passport/links", "{}", bearer(tokens.jobcoach("jobcoach", "AM18"))).statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/me/passport").statusCode()).isEqualTo(401);
    }

    @Test
    void erasingTheAccountStopsEveryLinkAtOnce() {
        String token = created(http.post("/api/me/passport/links", "{}", bearer(seeker))).get("token").asString();
        assertThat(http.get("/api/public/passports/" + token).statusCode()).isEqualTo(200);
        assertThat(http.delete("/api/me", bearer(seeker)).statusCode()).isEqualTo(204);
        assertThat(http.get("/api/public/passports/" + token).statusCode()).isEqualTo(404);
    }

    @Test
    void withdrawnConsentToKeepTheProfileStopsEveryLink() {
        String token = created(http.post("/api/me/passport/links", "{}", bearer(seeker))).get("token").asString();
        // the API refuses to withdraw KEEP_PROFILE (that is erasure); a record withdrawn by any other path still counts
        jdbc.sql("update candidate_consent set withdrawn_at = now() where profile_id = ? and kind = 'KEEP_PROFILE'")
                .param(profileId()).update();
        assertThat(http.get("/api/public/passports/" + token).statusCode()).isEqualTo(404);
    }

    private List<String> auditActions() {
        List<String> actions = new ArrayList<>();
        json.readTree(http.get("/api/me/audit", bearer(seeker)).body()).get("items")
                .forEach(l -> actions.add(l.get("action").asString()));
        return actions;
    }

    private UUID profileId() {
        return UUID.fromString(json.readTree(http.get("/api/me/profile", bearer(seeker)).body()).get("id").asString());
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body());
    }

    private HttpResponse<byte[]> bytes(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Skills whose Dutch label is ESCO's own (not derived, not English), spread over the taxonomy. */
    private List<Skill> officiallyDutch(int count) {
        List<Skill> chosen = new ArrayList<>();
        var all = taxonomy.taxonomy().skills();
        for (int i = 0; i < all.size() && chosen.size() < count; i += 997) {
            ResolvedLabel label = dutch(all.get(i));
            if (label != null && "nl".equals(label.language().getLanguage()) && !label.derived() && !label.text().contains("\"")) {
                chosen.add(all.get(i));
            }
        }
        assertThat(chosen).hasSize(count);
        return chosen;
    }

    private ResolvedLabel dutch(Skill skill) {
        return taxonomy.taxonomy().label(skill.uri(), Locale.forLanguageTag("nl")).orElse(null);
    }

    private static String skill(String uri, boolean doesIt, boolean wantsToLearn, String proof) {
        return "{\"uri\":\"" + uri + "\",\"level\":\"INTERMEDIATE\",\"evidence\":\"WORK\",\"doesIt\":" + doesIt
                + ",\"canDoIt\":" + doesIt + ",\"wantsToLearn\":" + wantsToLearn + ",\"givesEnergy\":" + doesIt
                + (proof == null ? "" : ",\"proofText\":\"" + proof + "\"") + "}";
    }
}
