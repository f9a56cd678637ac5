package nl.vaardig.local.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSigningKeyTest {

    @TempDir
    Path data;

    @Test
    void theKeyOfTheFirstStartIsTheKeyOfTheNextSoTokensSurviveARestart() throws Exception {
        Path file = data.resolve("oidc").resolve("signing-key.jwk.json");
        RSAKey first = LocalSigningKey.loadOrCreate(file);
        RSAKey again = LocalSigningKey.loadOrCreate(file);
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(first.isPrivate()).isTrue();
    }

    @Test
    void anUnreadableKeyFileSaysToDeleteIt() throws Exception {
        Path file = data.resolve("signing-key.jwk.json");
        Files.writeString(file, "not a key", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LocalSigningKey.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("delete it");
    }
}
