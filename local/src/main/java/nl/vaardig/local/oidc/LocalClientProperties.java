package nl.vaardig.local.oidc;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the local provider needs of the app's OIDC settings ({@code vaardig.oidc.*}, which web-api binds for
 * itself): the issuer it is, and the single-page app's client id it issues tokens to.
 */
@Validated
@ConfigurationProperties("vaardig.oidc")
public record LocalClientProperties(@NotBlank String issuer, @NotBlank String clientId) {
}
