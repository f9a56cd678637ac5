package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EngineOptionsTest {

    @Test
    void aNationalVacancySearchRunsOnTheCallingThreadByDefault() {
        MatchingEngine.Options options = MatchingEngine.Options.defaults().withSearchThreads(2);

        assertThat(options.vacancySearchThreads()).isEqualTo(1);
        assertThat(options.withVacancySearchThreads(2).vacancySearchThreads()).isEqualTo(2);
        // the other settings survive the change of either thread count
        assertThat(options.withVacancySearchThreads(2).searchThreads()).isEqualTo(2);
        assertThat(options.withVacancySearchThreads(2).withSearchThreads(4).vacancySearchThreads()).isEqualTo(2);
    }

    @Test
    void noVacancySearchWithoutAThread() {
        assertThatThrownBy(() -> MatchingEngine.Options.defaults().withVacancySearchThreads(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
