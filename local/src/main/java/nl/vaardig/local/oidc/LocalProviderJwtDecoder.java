package nl.vaardig.local.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The API's token decoder when the OpenID provider runs in this process: the signature is checked against the
 * provider's own key set, with the checks Spring Boot's issuer-based decoder makes (time, issuer, audience). Boot's
 * decoder fetches the provider's discovery document and keys over HTTP — from this same process — at the first
 * authenticated request; on a loaded machine that call timed out and the request failed with a 500 (issue 16).
 */
final class LocalProviderJwtDecoder {

    private LocalProviderJwtDecoder() {
    }

    /** @param audiences the {@code aud} values the API accepts (any one suffices); empty: no audience check */
    static JwtDecoder of(JWKSource<SecurityContext> keys, String issuer, Collection<String> audiences) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (!audiences.isEmpty()) {
            List<String> accepted = List.copyOf(audiences);
            validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && !Collections.disjoint(aud, accepted)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
