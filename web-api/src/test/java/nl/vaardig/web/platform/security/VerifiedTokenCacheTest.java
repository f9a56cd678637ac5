package nl.vaardig.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private final List<String> decoded = new ArrayList<>();
    private final AtomicReference<Instant> clockNow = new AtomicReference<>(NOW);

    /** Accepts tokens "ok-*" (expiring at NOW + 5 min) and "cnf-*" (bound to a certificate), refuses the rest. */
    private final JwtDecoder issuer = token -> {
        decoded.add(token);
        if (!token.startsWith("ok-") && !token.startsWith("cnf-")) {
            throw new BadJwtException("bad signature");
        }
        if (clockNow.get().isAfter(NOW.plus(Duration.ofMinutes(6)))) {
            throw new BadJwtException("expired");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("s-" + token)
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(5)));
        if (token.startsWith("cnf-")) {
            jwt.claim("cnf", Map.of("x5t#S256", "abc"));
        }
        return jwt.build();
    };

    private VerifiedTokenCache cache(int capacity) {
        var time = new JwtTimestampValidator();
        time.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clockNow.get();
            }
        });
        return new VerifiedTokenCache(issuer, time, capacity);
    }

    @Test
    void aVerifiedTokenIsNotParsedAndCheckedAgainOnTheNextCall() {
        var cache = cache(100);
        Jwt first = cache.decode("ok-a");
        Jwt second = cache.decode("ok-a");

        assertThat(second).isSameAs(first);
        assertThat(decoded).containsExactly("ok-a");
        cache.decode("ok-b");
        assertThat(decoded).containsExactly("ok-a", "ok-b");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTimeAndNeverRemembered() {
        var cache = cache(100);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged", "forged");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRememberedTokenPastItsExpiryAndSkewGoesBackToTheDecoderWhichRefusesIt() {
        var cache = cache(100);
        cache.decode("ok-a");
        clockNow.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(59)); // within the 60-s skew: still accepted
        cache.decode("ok-a");
        assertThat(decoded).containsExactly("ok-a");

        clockNow.set(NOW.plus(Duration.ofMinutes(7)));
        assertThatThrownBy(() -> cache.decode("ok-a")).isInstanceOf(BadJwtException.class).hasMessage("expired");
        assertThat(decoded).containsExactly("ok-a", "ok-a");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aTokenBoundToAClientCertificateIsCheckedOnEveryCall() {
        var cache = cache(100);
        cache.decode("cnf-a");
        cache.decode("cnf-a");

        assertThat(decoded).containsExactly("cnf-a", "cnf-a");
    }

    @Test
    void theMemoryIsBounded() {
        var cache = cache(3);
        for (int i = 0; i < 10; i++) {
            cache.decode("ok-" + i);
        }
        assertThat(cache.size()).isBetween(1, 3);
    }
}
