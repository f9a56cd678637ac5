package nl.vaardig.web.bench.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapacityOptionsTest {

    @Test
    void theCurveStepsUpWithAStepLengthFromTheCommandLine() {
        CapacityOptions options = CapacityOptions.parse(new String[] {"--steps", "100, 300", "--step-minutes", "0.5",
                "--app-pid", "none", "--db-pid", "none", "--name", "short"});

        assertThat(options.soak()).isFalse();
        assertThat(options.steps()).containsExactly(100, 300);
        assertThat(options.stepLength()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.sampleEvery()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.appPid()).isEmpty();
        assertThat(options.name()).isEqualTo("short");
    }

    @Test
    void theSoakSamplesEveryThirtySecondsByDefault() {
        CapacityOptions options = CapacityOptions.parse(new String[] {"--soak", "--users", "200", "--minutes", "30",
                "--app-pid", "4711"});

        assertThat(options.soak()).isTrue();
        assertThat(options.soakLength()).isEqualTo(Duration.ofMinutes(30));
        assertThat(options.sampleEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.appPid()).hasValue(4711);
        assertThat(options.name()).startsWith("soak-");
    }

    @Test
    void stepsThatGoDownOrAWarmUpLongerThanTheSoakAreRefused() {
        assertThatThrownBy(() -> CapacityOptions.parse(new String[] {"--steps", "400,200", "--app-pid", "none"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must go up");
        assertThatThrownBy(() -> CapacityOptions.parse(new String[] {"--soak", "--minutes", "5", "--warmup-minutes", "5",
                "--app-pid", "none"})).hasMessageContaining("warmup");
    }
}
