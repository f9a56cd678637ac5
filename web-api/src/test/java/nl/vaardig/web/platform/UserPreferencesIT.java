package nl.vaardig.web.platform;

import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.TestTokens;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

@VaardigIntegrationTest
class UserPreferencesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestTokens tokens;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aPersonsLanguageChoiceIsRememberedAndOnlyForThem() {
        String anna = tokens.jobSeeker("anna-" + System.nanoTime());
        String bram = tokens.jobSeeker("bram-" + System.nanoTime());

        assertThat(http.put("/api/me/preferences", "{\"language\":\"en\"}", bearer(anna)).statusCode()).isEqualTo(204);

        assertThat(http.get("/api/me", bearer(anna)).body()).contains("\"language\":\"en\"");
        assertThat(http.get("/api/me", bearer(bram)).body()).contains("\"language\":\"nl\"");
    }

    @Test
    void anUnsupportedLanguageIsRefusedWithAFieldMessage() {
        HttpResponse<String> response = http.put("/api/me/preferences", "{\"language\":\"fr\"}",
                bearer(tokens.jobSeeker("carla")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"type\":\"https://vaardig.nl/problems/validation\"")
                .contains("\"field\":\"language\"")
                .contains("Kies Nederlands (nl) of Engels (en).");
    }

    @Test
    void malformedJsonIsABadRequestProblemNotAServerError() {
        HttpResponse<String> response = http.put("/api/me/preferences", "{\"language\":", bearer(tokens.jobSeeker("dirk")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"status\":400")
                .doesNotContain("JsonParse").doesNotContain("Exception");
    }

    @Test
    void preferencesCannotBeChangedWithoutSigningIn() {
        assertThat(http.put("/api/me/preferences", "{\"language\":\"en\"}").statusCode()).isEqualTo(401);
    }
}
