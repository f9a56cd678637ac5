package nl.vaardig.local.oidc;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Throttling and lockout of the local provider's sign-in and registration (issue 15), with Bucket4j token buckets
 * kept in memory per instance:
 * <ul>
 *   <li>an account is locked after {@code accountFailures} wrong passwords within {@code window} — also against the
 *   right password — until the window has passed; a successful sign-in clears its count;</li>
 *   <li>a client address is locked after {@code addressFailures} failed sign-ins within {@code window}, whatever
 *   accounts it tried (password spraying);</li>
 *   <li>a client address may start {@code registrations} registrations per {@code registrationWindow}.</li>
 * </ul>
 * Every lockout and refusal is written to the audit log ({@code vaardig.audit}) without the password.
 */
@Component
@ConditionalOnBooleanProperty("vaardig.oidc.local-provider.enabled")
@EnableConfigurationProperties(SignInThrottle.Limits.class)
public class SignInThrottle {

    private static final Logger audit = LoggerFactory.getLogger("vaardig.audit");
    /** Buckets kept before the least recently used are dropped: bounds memory against floods of names. */
    private static final int MAX_BUCKETS = 50_000;

    @ConfigurationProperties("vaardig.oidc.local-provider.throttle")
    public record Limits(int accountFailures, int addressFailures, Duration window, int registrations,
                         Duration registrationWindow) {
        public Limits {
            accountFailures = accountFailures <= 0 ? 5 : accountFailures;
            addressFailures = addressFailures <= 0 ? 50 : addressFailures;
            window = window == null ? Duration.ofMinutes(15) : window;
            registrations = registrations <= 0 ? 30 : registrations;
            registrationWindow = registrationWindow == null ? Duration.ofHours(1) : registrationWindow;
        }
    }

    private final Limits limits;
    private final Map<String, Bucket> accounts = lru();
    private final Map<String, Bucket> addresses = lru();
    private final Map<String, Bucket> registrationsByAddress = lru();

    SignInThrottle(Limits limits) {
        this.limits = limits;
    }

    /** How long sign-in stays refused for this account or address; empty when it may try. */
    public Optional<Duration> signInLockedFor(String username, String address) {
        Duration wait = max(waitOf(accounts.get(accountKey(username))), waitOf(addresses.get(address)));
        if (wait.isZero()) {
            return Optional.empty();
        }
        audit.warn("SIGN_IN_REFUSED_LOCKED account={} address={} retryAfterSeconds={}", accountKey(username), address, wait.toSeconds());
        return Optional.of(wait);
    }

    /** Counts a wrong password against the account and the address. */
    public void failed(String username, String address) {
        String account = accountKey(username);
        Bucket byAccount = accounts.computeIfAbsent(account, k -> bucket(limits.accountFailures(), limits.window()));
        Bucket byAddress = addresses.computeIfAbsent(address, k -> bucket(limits.addressFailures(), limits.window()));
        byAccount.tryConsume(1);
        byAddress.tryConsume(1);
        audit.info("SIGN_IN_FAILED account={} address={}", account, address);
        if (byAccount.getAvailableTokens() == 0) {
            audit.warn("ACCOUNT_LOCKED account={} address={} forSeconds={}", account, address, waitOf(byAccount).toSeconds());
        }
        if (byAddress.getAvailableTokens() == 0) {
            audit.warn("ADDRESS_LOCKED address={} forSeconds={}", address, waitOf(byAddress).toSeconds());
        }
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    /** Takes one registration from the address's allowance; the wait when there is none left. */
    public Optional<Duration> registrationRefusedFor(String address) {
        Bucket bucket = registrationsByAddress.computeIfAbsent(address,
                k -> bucket(limits.registrations(), limits.registrationWindow()));
        if (bucket.tryConsume(1)) {
            return Optional.empty();
        }
        Duration wait = waitOf(bucket);
        audit.warn("REGISTRATION_REFUSED_THROTTLED address={} retryAfterSeconds={}", address, wait.toSeconds());
        return Optional.of(wait);
    }

    /** Minutes to show a person: never zero. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static Bucket bucket(int capacity, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
                .build();
    }

    private static Duration waitOf(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Bucket> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > MAX_BUCKETS;
            }
        });
    }
}
