package nl.vaardig.web.bench.load;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadTargetTest {

    @Test
    void theSharedOptionsAreTakenAndTheIssuerDefaultsToTheBaseUrl() {
        LoadTarget.Parser parser = new LoadTarget.Parser();

        assertThat(parser.accept("--base-url", "http://localhost:18201//")).isTrue();
        assertThat(parser.accept("--data-dir", "/tmp/run")).isTrue();
        assertThat(parser.accept("--think-ms", "100-300")).isTrue();
        assertThat(parser.accept("--users", "200")).as("a runner's own option").isFalse();
        LoadTarget target = parser.target();

        assertThat(target.baseUrl()).isEqualTo("http://localhost:18201");
        assertThat(target.issuer()).isEqualTo("http://localhost:18201");
        assertThat(target.signingKey()).isEqualTo(Path.of("/tmp/run", "oidc", "signing-key.jwk.json"));
        assertThat(target.thinkMinMillis()).isEqualTo(100);
        assertThat(target.thinkMaxMillis()).isEqualTo(300);
        assertThat(target.port()).isEqualTo(18201);
        assertThat(target.withoutThinking().thinkMaxMillis()).isZero();
    }

    @Test
    void bothRunnersReadTheSameSharedOptions() {
        String[] shared = {"--base-url", "https://vaardig.example", "--issuer", "https://id.example", "--think-ms", "0-50"};
        LoadOptions load = LoadOptions.parse(shared);
        CapacityOptions curve = CapacityOptions.parse(concat(shared, "--app-pid", "none", "--db-pid", "none"));

        assertThat(curve.target()).isEqualTo(load.target());
        assertThat(load.target().issuer()).isEqualTo("https://id.example");
        assertThat(load.target().port()).isEqualTo(443);
    }

    @Test
    void anUnknownOptionOrABackwardThinkRangeIsRefused() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--steps", "100"}))
                .hasMessageContaining("unknown option --steps").hasMessageContaining(LoadTarget.FLAGS);
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--think-ms", "900-100"}))
                .hasMessageContaining("--think-ms");
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
