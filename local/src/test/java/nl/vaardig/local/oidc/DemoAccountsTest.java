package nl.vaardig.local.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoAccountsTest {

    private static final List<LocalProviderProperties.DemoAccount> ACCOUNTS = List.of(
            new LocalProviderProperties.DemoAccount("werkzoekende", "vaardig-demo", "Wendy", List.of("JOB_SEEKER"),
                    null, null),
            new LocalProviderProperties.DemoAccount("jobcoach", "ander-wachtwoord", "Jan", List.of("JOBCOACH"),
                    List.of("AM18"), null));

    /** Counts the hashes it makes; the real delegating encoder underneath ({bcrypt}). */
    private static final class CountingEncoder implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final AtomicInteger encodes = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            encodes.incrementAndGet();
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return real.matches(raw, encoded);
        }
    }

    @Test
    void noPasswordIsHashedUntilItsAccountIsLookedUpAndThenOnlyOnce() {
        CountingEncoder encoder = new CountingEncoder();
        DemoAccounts accounts = new DemoAccounts(ACCOUNTS, encoder);
        assertThat(encoder.encodes).hasValue(0);

        UserDetails first = accounts.find("werkzoekende").orElseThrow();
        assertThat(encoder.encodes).hasValue(1);
        assertThat(encoder.matches("vaardig-demo", first.getPassword())).isTrue();
        assertThat(encoder.matches("ander-wachtwoord", first.getPassword())).isFalse();
        assertThat(first.getPassword()).startsWith("{bcrypt}");
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_JOB_SEEKER");

        // a sign-in erases the credentials of the details it got: the next lookup still has the hash, made once
        ((CredentialsContainer) first).eraseCredentials();
        UserDetails again = accounts.find("WerkZoekende").orElseThrow();
        assertThat(again.getUsername()).isEqualTo("werkzoekende");
        assertThat(again.getPassword()).isNotNull();
        assertThat(encoder.matches("vaardig-demo", again.getPassword())).isTrue();
        assertThat(encoder.encodes).hasValue(1);

        UserDetails coach = accounts.find("jobcoach").orElseThrow();
        assertThat(encoder.matches("ander-wachtwoord", coach.getPassword())).isTrue();
        assertThat(encoder.encodes).hasValue(2);
    }

    @Test
    void anUnknownNameIsNoDemoAccountAndTwoAccountsOfOneNameAreRefused() {
        CountingEncoder encoder = new CountingEncoder();
        assertThat(new DemoAccounts(ACCOUNTS, encoder).find("iemand-anders")).isEmpty();
        assertThat(encoder.encodes).hasValue(0);
        List<LocalProviderProperties.DemoAccount> twice = List.of(ACCOUNTS.get(0),
                new LocalProviderProperties.DemoAccount("WERKZOEKENDE", "x", "W", List.of("JOB_SEEKER"), null, null));
        assertThatThrownBy(() -> new DemoAccounts(twice, encoder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("werkzoekende");
    }
}
