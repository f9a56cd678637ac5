package nl.vaardig.web.platform.web;

import jakarta.annotation.security.PermitAll;
import nl.vaardig.web.platform.security.OidcProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/** What the single-page app needs to know before anyone logs in: where to log in. */
@RestController
public class PublicConfigController {

    public record OidcClientConfig(String issuer, String clientId, String scope) {
    }

    public record PublicConfig(OidcClientConfig oidc, String version) {
    }

    private final PublicConfig config;

    public PublicConfigController(OidcProperties oidc, @Value("${vaardig.version:dev}") String version) {
        this.config = new PublicConfig(new OidcClientConfig(oidc.browserIssuer(), oidc.clientId(), oidc.scope()),
                version);
    }

    @GetMapping("/api/public/config")
    @PermitAll
    public ResponseEntity<PublicConfig> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(config);
    }
}
