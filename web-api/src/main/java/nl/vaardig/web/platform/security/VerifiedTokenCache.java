package nl.vaardig.web.platform.security;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * A {@link JwtDecoder} that remembers the tokens it has verified: a client sends the same access token with every
 * call until it expires, and parsing it, checking its RSA signature and its claims again each time cost about 5 % of
 * the app's CPU under load (issue 16, JFR at 200-600 users). Only a token the wrapped decoder accepted is
 * remembered, keyed by its exact text, so its signature, issuer and audience were checked on those very bytes; on
 * every later call its time claims are checked again ({@link JwtTimestampValidator}, the same 60-s skew as the
 * decoder's), and an expired one is forgotten and handed to the wrapped decoder, which refuses it as before. Tokens
 * bound to a client certificate ({@code cnf}) are never remembered: their check depends on the request. At most
 * {@code capacity} tokens are kept; when full the memory starts again.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final OAuth2TokenValidator<Jwt> time;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokenCache(JwtDecoder delegate, OAuth2TokenValidator<Jwt> time, int capacity) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.time = Objects.requireNonNull(time, "time");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public VerifiedTokenCache(JwtDecoder delegate) {
        this(delegate, new JwtTimestampValidator(), 10_000);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        if (token == null) {
            return delegate.decode(null);
        }
        Jwt known = verified.get(token);
        if (known != null) {
            if (!time.validate(known).hasErrors()) {
                return known;
            }
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token);
        if (!jwt.hasClaim("cnf")) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return jwt;
    }

    int size() {
        return verified.size();
    }
}
