package nl.vaardig.web.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.vaardig.web.demo.DemoSubjects;
import org.springframework.beans.factory.annotation.Value;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Access tokens for tests, shaped exactly like the local provider's (and Keycloak's): signed with
 * the provider's own key for the happy paths, and forged in the ways attackers try for the refusals. Every
 * {@link VaardigIntegrationTest} has one as a bean of its context: {@code @Autowired TestTokens tokens;}.
 */
public final class TestTokens {

    private final JWKSource<SecurityContext> keys;
    private final String issuer;

    public TestTokens(JWKSource<SecurityContext> keys, @Value("${vaardig.oidc.issuer}") String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public String forUser(String username, List<String> roles, List<String> regions, String organisation) {
        return sign(providerKey(), claims(username, roles, regions, organisation, issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    public String jobSeeker(String username) {
        return forUser(username, List.of("JOB_SEEKER"), List.of(), null);
    }

    /** A job seeker identified by the given subject (a freshly registered account of a test, not a demo user). */
    public String jobSeekerWithSubject(String subject) {
        return sign(providerKey(), claims(subject, "nieuw-" + subject.substring(0, Math.min(8, subject.length())),
                List.of("JOB_SEEKER"), List.of(), null, issuer, Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** An employer of the organisation (the token's {@code organisation} claim; null for an employer without one). */
    public String employer(String username, String organisation) {
        return forUser(username, List.of("EMPLOYER"), List.of(), organisation);
    }

    /** A job coach working for the given arbeidsmarktregio's. */
    public String jobcoach(String username, String... regions) {
        return forUser(username, List.of("JOBCOACH"), List.of(regions), null);
    }

    /** Regional staff of one arbeidsmarktregio. */
    public String regio(String username, String region) {
        return forUser(username, List.of("REGIO_STAFF"), List.of(region), null);
    }

    public String admin() {
        return forUser("beheer", List.of("ADMIN"), List.of(), null);
    }

    public String fromAnotherIssuer() {
        return sign(providerKey(), claims("werkzoekende", List.of("JOB_SEEKER"), List.of(), null,
                "https://evil.example", Instant.now().plus(Duration.ofMinutes(5))));
    }

    /** Right issuer and key, but minted for another client of the same realm (aud names that client, not the app). */
    public String forAnotherClient(String username) {
        JWTClaimsSet mine = claims(username, List.of("JOB_SEEKER"), List.of(), null, issuer, Instant.now().plus(Duration.ofMinutes(5)));
        return sign(providerKey(), new JWTClaimsSet.Builder(mine).audience("andere-applicatie").build());
    }

    /** Right issuer and key, but no audience at all. */
    public String withoutAudience(String username) {
        JWTClaimsSet mine = claims(username, List.of("JOB_SEEKER"), List.of(), null, issuer, Instant.now().plus(Duration.ofMinutes(5)));
        return sign(providerKey(), new JWTClaimsSet.Builder(mine).audience((String) null).build());
    }

    public String expired() {
        return sign(providerKey(), claims("werkzoekende", List.of("JOB_SEEKER"), List.of(), null, issuer,
                Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** A token that claims "no signature needed" — must never be accepted. */
    public String unsignedAlgNone() {
        JWTClaimsSet claims = claims("beheer", List.of("ADMIN"), List.of(), null, issuer,
                Instant.now().plus(Duration.ofMinutes(5)));
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64(claims.toString());
        return header + "." + payload + ".";
    }

    /** Right issuer and key id, but signed by a key the provider never had. */
    public String signedWithForeignKey() {
        try {
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(providerKey().getKeyID()).generate();
            return sign(foreign, claims("beheer", List.of("ADMIN"), List.of(), null, issuer,
                    Instant.now().plus(Duration.ofMinutes(5))));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(String username, List<String> roles, List<String> regions, String organisation,
                                String tokenIssuer, Instant expiry) {
        return claims(DemoSubjects.subjectOf(username), username, roles, regions, organisation, tokenIssuer, expiry);
    }

    private JWTClaimsSet claims(String subject, String username, List<String> roles, List<String> regions,
                                String organisation, String tokenIssuer, Instant expiry) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(tokenIssuer)
                .subject(subject)
                .audience("vaardig-web")
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .notBeforeTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("roles", roles)
                .claim("regions", regions);
        if (organisation != null) {
            builder.claim("organisation", organisation);
        }
        return builder.build();
    }

    private RSAKey providerKey() {
        try {
            return (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).getFirst();
        } catch (Exception e) {
            throw new IllegalStateException("The local provider has no signing key", e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
