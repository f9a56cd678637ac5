package nl.vaardig.web.seeker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person creates an account on the local provider's registration page and comes back to the app signed in as a
 * job seeker: the app's authorization request with prompt=create leads there, and the request continues afterwards.
 */
@VaardigIntegrationTest
class RegistrationIT {

    static final String PASSWORD = "een lange zin als wachtwoord";

    @LocalServerPort
    int port;
    @Value("${vaardig.oidc.client-id}")
    String clientId;
    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = EnvelopeCodec.mapper();

    ProviderBrowser browser() {
        return new ProviderBrowser("http://localhost:" + port, clientId);
    }

    @Test
    void registeringContinuesTheAppsSignInAndTheTokenSaysJobSeeker() {
        ProviderBrowser browser = browser();
        HttpResponse<String> authorize = browser.authorize("create");
        assertThat(ProviderBrowser.location(authorize)).as("prompt=create opens registration").endsWith("/registreren");
        HttpResponse<String> page = browser.get("/registreren");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"password\">Wachtwoord</label>").contains("lang=\"nl\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");

        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = browser.postForm("/registreren", page.body(), Map.of(
                "name", "Noor Jansen", "username", username, "password", PASSWORD, "confirm", PASSWORD));
        String continued = ProviderBrowser.location(registered);
        assertThat(continued).as("back to the saved authorization request").contains("/oauth2/authorize");

        String callback = ProviderBrowser.location(browser.get(continued));
        assertThat(callback).startsWith(browser.redirectUri() + "?code=");
        HttpResponse<String> tokens = browser.token(callback);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode claims = claims(json.readTree(tokens.body()).get("access_token").asString());
        assertThat(claims.get("roles").valueStream().map(JsonNode::asString).toList()).containsExactly("JOB_SEEKER");
        assertThat(claims.get("name").asString()).isEqualTo("Noor Jansen");
        assertThat(claims.get("preferred_username").asString()).isEqualTo(username);
        String subject = claims.get("sub").asString();
        assertThat(UUID.fromString(subject)).as("a random subject, not the username").isNotNull();
        assertThat(jdbc.sql("select password_hash from local_account where subject = ?").param(subject)
                .query(String.class).single()).as("only a hash is stored").startsWith("{bcrypt}").doesNotContain(PASSWORD);

        // and the same account signs in again later through the ordinary sign-in page
        ProviderBrowser later = browser();
        assertThat(ProviderBrowser.location(later.authorize(null))).endsWith("/login");
        HttpResponse<String> login = later.get("/login");
        assertThat(login.body()).contains("href=\"/registreren\"").contains("Nog geen account?");
        HttpResponse<String> signedIn = later.postForm("/login", login.body(),
                Map.of("username", username.toUpperCase(java.util.Locale.ROOT), "password", PASSWORD));
        String again = ProviderBrowser.location(later.get(ProviderBrowser.location(signedIn)));
        JsonNode second = claims(json.readTree(later.token(again).body()).get("access_token").asString());
        assertThat(second.get("sub").asString()).as("same account whatever the case of the username").isEqualTo(subject);
    }

    @Test
    void theAppsApiCallsLeaveTheProvidersSignInSessionAlone() {
        // the app and the local provider share an origin: the tab's API calls carry the provider's JSESSIONID
        ProviderBrowser browser = browser();
        HttpResponse<String> page = browser.get(ProviderBrowser.location(browser.authorize("create")));
        String username = "sessie-" + UUID.randomUUID().toString().substring(0, 8);
        String continued = ProviderBrowser.location(browser.postForm("/registreren", page.body(), Map.of(
                "name", "Sam Sessie", "username", username, "password", PASSWORD, "confirm", PASSWORD)));
        String token = json.readTree(browser.token(ProviderBrowser.location(browser.get(continued))).body())
                .get("access_token").asString();

        for (String path : new String[] {"/api/me", "/api/me/profile", "/api/me"}) {
            HttpResponse<String> call = browser.api(path, token);
            assertThat(call.statusCode()).as(path).isIn(200, 404);
            assertThat(call.headers().allValues("Set-Cookie")).as("a bearer call never rotates or sets the session: "
                    + path).isEmpty();
        }
        // a second tab's sign-in is remembered: the authorization request answers with a code at once
        assertThat(ProviderBrowser.location(browser.authorize(null))).startsWith(browser.redirectUri() + "?code=");
    }

    @Test
    void aTakenUsernameIsRefusedWithAClearMessageWhateverItsCase() {
        String username = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
        ProviderBrowser first = browser();
        HttpResponse<String> page = first.get("/registreren");
        assertThat(first.postForm("/registreren", page.body(), Map.of("name", "Een", "username", username,
                "password", PASSWORD, "confirm", PASSWORD)).statusCode()).isEqualTo(302);

        ProviderBrowser second = browser();
        HttpResponse<String> again = second.get("/registreren");
        HttpResponse<String> refused = second.postForm("/registreren", again.body(), Map.of("name", "Twee",
                "username", username.toUpperCase(java.util.Locale.ROOT), "password", PASSWORD, "confirm", PASSWORD));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Deze gebruikersnaam is al in gebruik").contains("aria-invalid=\"true\"")
                .contains("id=\"username-error\"");
        assertThat(jdbc.sql("select count(*) from local_account where lower(username) = lower(?)").param(username)
                .query(Long.class).single()).isEqualTo(1);
        // a demo account's name cannot be taken either
        HttpResponse<String> demo = second.postForm("/registreren", refused.body(), Map.of("name", "Drie",
                "username", "werkgever", "password", PASSWORD, "confirm", PASSWORD));
        assertThat(demo.statusCode()).isEqualTo(400);
        assertThat(demo.body()).contains("Deze gebruikersnaam is al in gebruik");
    }

    @Test
    void aWeakOrMistypedPasswordIsRefusedNextToItsFieldInDutchOrEnglish() {
        ProviderBrowser browser = browser();
        HttpResponse<String> page = browser.get("/registreren");
        String username = "zwak-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> shortPassword = browser.postForm("/registreren", page.body(), Map.of("name", "Zwak",
                "username", username, "password", "kort", "confirm", "kort"));
        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(shortPassword.body()).contains("minstens 12").contains("aria-describedby=\"password-hint password-error\"")
                .contains("value=\"" + username + "\"").doesNotContain("value=\"kort\"");

        HttpResponse<String> english = browser.get("/registreren?lang=en");
        HttpResponse<String> mismatch = browser.postForm("/registreren?lang=en", english.body(), Map.of("name", "Zwak",
                "username", username, "password", PASSWORD, "confirm", PASSWORD + "!"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("The two passwords are not the same.").contains("lang=\"en\"");
        assertThat(jdbc.sql("select count(*) from local_account where username = ?").param(username)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRegistrationWithoutTheCsrfTokenIsRefused() {
        ProviderBrowser browser = browser();
        HttpResponse<String> forged = browser.postForm("/registreren",
                "<input name=\"_csrf\" value=\"forged\">", Map.of("name", "X", "username", "csrf-" + UUID.randomUUID(),
                        "password", PASSWORD, "confirm", PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private JsonNode claims(String jwt) {
        return json.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }
}
