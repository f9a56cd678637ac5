package nl.vaardig.local.oidc;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts people registered themselves with the local identity provider (table local_account). Usernames are
 * unique whatever their case; the subject is a random UUID, as Keycloak issues. Only a password hash is kept.
 */
@Component
public class LocalAccountStore {

    /** A registered account as the provider needs it to sign someone in and to fill the token. */
    public record LocalAccount(UUID subject, String username, String passwordHash, String name) {
    }

    /** Thrown when the username (in any case) is already taken. */
    public static final class UsernameTakenException extends RuntimeException {
        UsernameTakenException(String username) {
            super("username taken: " + username);
        }
    }

    private final JdbcClient jdbc;

    LocalAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public LocalAccount create(String username, String passwordHash, String name) {
        LocalAccount account = new LocalAccount(UUID.randomUUID(), username, passwordHash, name);
        try {
            jdbc.sql("insert into local_account (subject, username, password_hash, name) values (?, ?, ?, ?)")
                    .params(account.subject().toString(), account.username(), account.passwordHash(), account.name())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(username);
        }
        return account;
    }

    @Transactional(readOnly = true)
    public Optional<LocalAccount> byUsername(String username) {
        return jdbc.sql("select subject, username, password_hash, name from local_account where lower(username) = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new LocalAccount(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    /** Removes the account of that token subject (erasure); false when the local provider does not hold it. */
    @Transactional
    public boolean deleteBySubject(String subject) {
        return jdbc.sql("delete from local_account where subject = ?").param(subject).update() > 0;
    }
}
