package nl.vaardig.web.platform.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * Where tokens come from. {@code issuer} is what the API validates ({@code iss}); the browser may
 * reach the same provider under another address ({@code browserIssuer}, e.g. Keycloak behind a
 * published port), and the server may fetch keys from an internal address
 * ({@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri}).
 */
@Validated
@ConfigurationProperties("vaardig.oidc")
public record OidcProperties(@NotBlank String issuer, String browserIssuer, @NotBlank String clientId,
                             String scope) {

    public OidcProperties {
        scope = scope == null || scope.isBlank() ? "openid profile" : scope;
        browserIssuer = browserIssuer == null || browserIssuer.isBlank() ? issuer : browserIssuer;
    }

    /** The scheme://host:port the browser talks to for login, for the CSP. */
    public String browserIssuerOrigin() {
        URI uri = URI.create(browserIssuer);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
