package nl.vaardig.web.platform.openapi;

import static nl.vaardig.web.support.Http.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vaardig.ingest.event.EnvelopeCodec;
import nl.vaardig.web.support.Http;
import nl.vaardig.web.support.VaardigIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browsable API page (issue 18): Swagger UI served without a token under the app's own Content-Security-Policy,
 * which it can keep because every script it runs is a file of this origin, and "Try it out" reaches nothing the
 * caller's token does not admit. The browser check (no CSP violation while it renders) is frontend/e2e/csp.spec.ts.
 */
@VaardigIntegrationTest
class SwaggerUiIT {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    Http http;
    final JsonMapper json = EnvelopeCodec.mapper();

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void thePageIsServedPubliclyUnderTheUnchangedPolicyWithOnlyScriptFilesOfThisOrigin() {
        HttpResponse<String> page = http.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "style-src 'self';", "connect-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval")
                .isEqualTo(http.get("/").headers().firstValue("Content-Security-Policy").orElseThrow());

        Matcher scripts = SCRIPT.matcher(page.body());
        int files = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("a script is a file").contains("src=\"./");
            assertThat(scripts.group(2).strip()).as("and has no inline body").isEmpty();
            files++;
        }
        assertThat(files).isEqualTo(3);
        assertThat(page.body()).doesNotContain("<style", " style=\"", "onload=");

        HttpResponse<String> initializer = http.get("/swagger-ui/swagger-initializer.js");
        assertThat(initializer.statusCode()).isEqualTo(200);
        assertThat(initializer.body()).as("springdoc points it at this app's configuration, not the petstore")
                .contains("/v3/api-docs/swagger-config").doesNotContain("petstore");
        assertThat(initializer.body().lastIndexOf("BaseLayout")).as("the layout without the top bar, whose logo has an inline <style>")
                .isGreaterThan(initializer.body().lastIndexOf("StandaloneLayout"));
        assertThat(http.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/swagger-ui.html").statusCode()).as("the short address redirects to the page").isIn(200, 302);
    }

    @Test
    void theConfigurationLoadsOurDocumentAndCallsNoOtherOrigin() {
        HttpResponse<String> config = http.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        JsonNode c = json.readTree(config.body());
        assertThat(c.get("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(c.get("validatorUrl").asString()).as("no badge from validator.swagger.io").isEqualTo("none");
        assertThat(c.path("persistAuthorization").asBoolean(false)).as("a pasted token is not kept").isFalse();
        assertThat(config.body()).as("no OAuth client of the page itself").doesNotContain("clientId", "clientSecret");
        assertThat(c.path("oauth2RedirectUrl").asString(http.base())).as("a redirect, if any, stays on this origin").startsWith(http.base());
    }

    @Test
    void tryItOutGetsNoFurtherThanTheTokenItIsGiven() {
        // what the page's "Try it out" sends without "Authorize": a plain request, refused like any other
        HttpResponse<String> anonymous = http.get("/api/me/matches/vacancies", "Referer", http.base() + "/swagger-ui/index.html");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(http.get("/api/admin/feeds/jobs", bearer("not-a-token")).statusCode()).isEqualTo(401);
    }
}
