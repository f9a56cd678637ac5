package nl.vaardig.local.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalProviderJwtDecoderTest {

    private static final String ISSUER = "http://localhost:8080";

    @TempDir
    Path data;

    private RSAKey key;
    private JwtDecoder decoder;

    @BeforeEach
    void decoderOfTheProvidersKeys() {
        key = LocalSigningKey.loadOrCreate(data.resolve("own.jwk.json"));
        decoder = LocalProviderJwtDecoder.of(new ImmutableJWKSet<>(new JWKSet(key)), ISSUER, List.of("vaardig-web"));
    }

    @Test
    void acceptsTheProvidersOwnTokenWithoutAnyHttpCall() throws Exception {
        assertThat(decoder.decode(signed(key, claims(ISSUER, "vaardig-web", 300))).getSubject()).isEqualTo("sanne");
    }

    @Test
    void refusesAnotherIssuerAnotherAudienceAnExpiredToken() {
        assertRefused(() -> signed(key, claims("http://elsewhere", "vaardig-web", 300)));
        assertRefused(() -> signed(key, claims(ISSUER, "other-client", 300)));
        assertRefused(() -> signed(key, claims(ISSUER, "vaardig-web", -300)));
    }

    @Test
    void refusesATokenSignedByAnotherKeyAndAnUnsignedOne() {
        RSAKey foreign = LocalSigningKey.loadOrCreate(data.resolve("foreign.jwk.json"));
        RSAKey foreignWithOurId = new RSAKey.Builder(foreign).keyID(key.getKeyID()).build();
        assertRefused(() -> signed(foreign, claims(ISSUER, "vaardig-web", 300)));
        assertRefused(() -> signed(foreignWithOurId, claims(ISSUER, "vaardig-web", 300)));
        assertRefused(() -> new PlainJWT(claims(ISSUER, "vaardig-web", 300)).serialize());
    }

    private void assertRefused(TokenSource token) {
        assertThatThrownBy(() -> decoder.decode(token.get())).isInstanceOf(JwtException.class);
    }

    private static JWTClaimsSet claims(String issuer, String audience, long expiresInSeconds) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("sanne").audience(audience)
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds))).build();
    }

    private static String signed(RSAKey signingKey, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    @FunctionalInterface
    private interface TokenSource {
        String get() throws Exception;
    }
}
