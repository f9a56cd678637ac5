package nl.vaardig.web.seeker;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.vaardig.taxonomy.TaxonomyRuntime;
import nl.vaardig.taxonomy.model.OccupationUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.local.oidc.LocalAccountStore;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.RawHttp;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static nl.vaardig.web.seeker.SeekerApi.allConsents;
import static nl.vaardig.web.seeker.SeekerApi.held;
import static nl.vaardig.web.seeker.SeekerApi.profile;
import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: tokens that mean what they say, an erased account that stops at once, no 500 from input, throttling. */
@VaardigIntegrationTest
class SecurityHardeningIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    TaxonomyRuntime taxonomy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LocalAccountStore accounts;
    @Autowired
    PasswordEncoder encoder;

    Http http;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aTokenOfTheSameIssuerMintedForAnotherClientIsRefusedOnEveryKindOfCall() {
        String own = tokens.jobSeeker("aud-" + UUID.randomUUID());
        assertThat(http.get("/api/me", bearer(own)).statusCode()).isEqualTo(200);
        for (String foreign : List.of(tokens.forAnotherClient("werkzoekende"), tokens.withoutAudience("werkzoekende"))) {
            assertThat(http.get("/api/me", bearer(foreign)).statusCode()).isEqualTo(401);
            assertThat(http.get("/api/me/profile", bearer(foreign)).statusCode()).isEqualTo(401);
            assertThat(http.post("/api/me/profile", "{}", bearer(foreign)).statusCode()).isEqualTo(401);
            assertThat(http.delete("/api/me", bearer(foreign)).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void anErasedAccountsStillValidTokenCanNeitherReadNorCreateAProfileAgain() {
        String subject = UUID.randomUUID().toString();
        String token = tokens.jobSeekerWithSubject(subject);
        List<String> skills = taxonomy.taxonomy().essentialSkills(new OccupationUri(SeekerProfileIT.ZORGHULP)).stream()
                .limit(2).map(SkillUri::value).toList();
        String body = profile(held(skills), "AM18", null, allConsents("AM18"));
        assertThat(http.post("/api/me/profile", body, bearer(token)).statusCode()).isEqualTo(201);

        assertThat(http.delete("/api/me", bearer(token)).statusCode()).isEqualTo(204);

        HttpResponse<String> again = http.post("/api/me/profile", body, bearer(token));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(401);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(http.get("/api/me", bearer(token)).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/me/export", bearer(token)).statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from candidate_profile where owner_subject = ?").param(subject).query(Long.class).single())
                .as("no profile its owner could no longer see or erase").isZero();
        assertThat(jdbc.sql("select count(*) from subject_tombstone where subject_sha256 like ?").param(subject + "%").query(Long.class).single())
                .as("only a hash of the subject is kept").isZero();
        // somebody else is not affected
        assertThat(http.get("/api/me", bearer(tokens.jobSeekerWithSubject(UUID.randomUUID().toString()))).statusCode()).isEqualTo(200);
    }

    @Test
    void badPercentEncodingInvalidUtf8AndNulAreA400NamingTheField() throws Exception {
        RawHttp raw = new RawHttp(port);
        for (String q : List.of("%zz", "%ff", "a%00b")) {
            RawHttp.Answer r = raw.exchange("GET", "/api/public/taxonomy/suggest?lang=nl&q=" + q, null, null, null);
            assertThat(r.status()).as(q + ": " + r.body()).isEqualTo(400);
            assertThat(json.readTree(r.body()).get("errors").get(0).get("field").asString()).isEqualTo("q");
        }
        HttpResponse<String> form = raw("POST", "/login", "application/x-www-form-urlencoded",
                new byte[] {'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '=', (byte) 0xff});
        assertThat(form.statusCode()).as(form.body()).isEqualTo(400);
        HttpResponse<String> jsonBody = raw("POST", "/api/public/match/vacancies", "application/json",
                new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xc3, '"', '}'});
        assertThat(jsonBody.statusCode()).as(jsonBody.body()).isEqualTo(400);
        assertThat(field(jsonBody)).isEqualTo("body");

        String employer = tokens.employer("nul-" + UUID.randomUUID(), "Zorggroep Amstelland");
        HttpResponse<String> vacancy = http.post("/api/vacancies", """
                {"title":"Verzorgende\\u0000","description":"Zorg.","region":"AM18","hoursMin":24,"hoursMax":32,
                 "contractType":"PERMANENT","skills":[]}""", bearer(employer));
        assertThat(vacancy.statusCode()).as(vacancy.body()).isEqualTo(400);
        assertThat(field(vacancy)).isEqualTo("title");
        assertThat(vacancy.body()).contains("stuurteken");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneWithADutchMessage() throws Exception {
        String username = "slot-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, encoder.encode("een-goed-wachtwoord"), "Slot Test");
        Browser browser = new Browser("10.15.0." + (1 + (int) (Math.random() * 200)));

        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browser.signIn(username, "fout-wachtwoord-" + i);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> right = browser.signIn(username, "een-goed-wachtwoord");
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?locked="));
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.get(right.headers().firstValue("Location").orElseThrow()).body())
                .contains("Te veel mislukte inlogpogingen").contains("ook met het juiste wachtwoord niet");

        // another account from another address is not affected
        String other = "vrij-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(other, encoder.encode("een-goed-wachtwoord"), "Vrij Test");
        HttpResponse<String> fine = new Browser("10.16.0.1").signIn(other, "een-goed-wachtwoord");
        assertThat(fine.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
    }

    @Test
    void oneAddressCannotRegisterAccountsWithoutEnd() throws Exception {
        Browser browser = new Browser("10.17.0." + (1 + (int) (Math.random() * 200)));
        int status = 0;
        String page = "";
        for (int i = 0; i < 31; i++) {
            HttpResponse<String> r = browser.register("reg-" + UUID.randomUUID().toString().substring(0, 8));
            status = r.statusCode();
            page = r.body();
        }
        assertThat(status).isEqualTo(429);
        assertThat(page).contains("Er zijn te veel accounts aangemaakt vanaf jouw adres");
    }

    private String field(HttpResponse<String> response) {
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        return errors.get(0).get("field").asString();
    }

    private HttpResponse<String> raw(String method, String path, String type, byte[] body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser without JavaScript behind a proxy that names its address (X-Forwarded-For). */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final String address;

        Browser(String address) {
            this.address = address;
        }

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? http.base() + url : url))
                    .header("X-Forwarded-For", address).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            return post("/login", get("/login").body(), Map.of("username", username, "password", password));
        }

        HttpResponse<String> register(String username) throws IOException, InterruptedException {
            return post("/registreren", get("/registreren").body(), Map.of("name", "Test", "username", username,
                    "password", "kort", "confirm", "kort"));
        }

        private HttpResponse<String> post(String path, String page, Map<String, String> fields) throws IOException, InterruptedException {
            Matcher csrf = CSRF.matcher(page);
            assertThat(csrf.find()).as("CSRF token on " + path).isTrue();
            var all = new java.util.LinkedHashMap<>(fields);
            all.put("_csrf", csrf.group(1));
            String form = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).header("X-Forwarded-For", address)
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
