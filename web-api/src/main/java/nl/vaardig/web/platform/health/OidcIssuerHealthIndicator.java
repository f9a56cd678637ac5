package nl.vaardig.web.platform.health;

import nl.vaardig.web.platform.security.OidcProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The token issuer is up when the API can fetch what it validates tokens with: the JWK set when
 * one is configured (the address the server itself uses), otherwise the issuer's OIDC discovery
 * document.
 */
@Component("oidcIssuer")
public class OidcIssuerHealthIndicator extends AbstractHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI probe;
    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public OidcIssuerHealthIndicator(OidcProperties oidc, Environment environment) {
        super("OIDC issuer health check failed");
        this.issuer = oidc.issuer();
        String jwkSetUri = environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
        this.probe = URI.create(jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri
                : stripTrailingSlash(issuer) + "/.well-known/openid-configuration");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        builder.withDetail("issuer", issuer).withDetail("checked", probe.toString())
                .withDetail("httpStatus", response.statusCode());
        if (response.statusCode() == 200) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
