package nl.vaardig.web.bench.load;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import nl.vaardig.web.support.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for the demo accounts, signed with the running app's own local signing key
 * ({@code <data-dir>/oidc/signing-key.jwk.json}), exactly as its local provider issues them; re-minted
 * before they expire (they live five minutes).
 */
final class LoadTokens {

    private record Minted(String token, long at) {
    }

    private static final long REFRESH_MILLIS = 120_000;

    private final TestTokens tokens;
    private final Map<String, Minted> cache = new ConcurrentHashMap<>();

    LoadTokens(Path signingKey, String issuer) throws IOException, ParseException {
        RSAKey key = RSAKey.parse(Files.readString(signingKey, StandardCharsets.UTF_8));
        this.tokens = new TestTokens(new ImmutableJWKSet<>(new JWKSet(key)), issuer);
    }

    /** The token of a demo account, or null for an anonymous visit. */
    String of(String account) {
        if (account == null) {
            return null;
        }
        long now = System.currentTimeMillis();
        return cache.compute(account, (name, minted) -> minted != null && now - minted.at() < REFRESH_MILLIS
                ? minted : new Minted(mint(name), now)).token();
    }

    private String mint(String account) {
        return switch (account) {
            case "werkzoekende" -> tokens.jobSeeker(account);
            case "jobcoach" -> tokens.jobcoach(account, "AM18");
            case "jobcoach-rijnmond" -> tokens.jobcoach(account, "AM22");
            case "werkgever" -> tokens.employer(account, "Zorggroep Amstelland");
            case "regio" -> tokens.regio(account, "AM18");
            case "beheer" -> tokens.admin();
            default -> throw new IllegalArgumentException("not a demo account: " + account);
        };
    }
}
