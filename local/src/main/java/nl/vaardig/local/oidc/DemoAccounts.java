package nl.vaardig.local.oidc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo accounts of the local provider, each password hashed when its account is first looked up (a sign-in)
 * rather than when the context starts. BCrypt costs a tenth of a second of CPU per hash by design, and far more in
 * the first seconds of a JVM, while the JIT has not compiled it yet: hashing the six demo passwords in the bean took
 * ~16 % of the main thread's samples before "ready" in a profiled restart (issue 16, round 15), on the one thread
 * the start waits for. Usernames match case-insensitively, as in Spring's {@code InMemoryUserDetailsManager}; every
 * lookup returns a fresh {@link UserDetails}, because a successful sign-in erases the credentials of the one it got.
 */
final class DemoAccounts {

    private final PasswordEncoder encoder;
    private final Map<String, LocalProviderProperties.DemoAccount> byUsername;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    DemoAccounts(List<LocalProviderProperties.DemoAccount> accounts, PasswordEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.byUsername = accounts.stream().collect(Collectors.toUnmodifiableMap(a -> key(a.username()),
                Function.identity(), (first, second) -> {
                    throw new IllegalArgumentException("two demo accounts named " + first.username());
                }));
    }

    /** The demo account of that name, its password hashed at its first lookup. */
    Optional<UserDetails> find(String username) {
        LocalProviderProperties.DemoAccount account = byUsername.get(key(username));
        if (account == null) {
            return Optional.empty();
        }
        String hash = hashes.computeIfAbsent(key(username), k -> encoder.encode(account.password()));
        return Optional.of(User.withUsername(account.username()).password(hash)
                .roles(account.roles().toArray(String[]::new)).build());
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
