package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishStemsTest {

    @Test
    void adverbsPluralsAndAdjectiveEndingsGiveTheOtherForms() {
        assertThat(EnglishStems.of("socially")).startsWith("social");
        assertThat(EnglishStems.of("historically")).startsWith("historic", "historical");
        assertThat(EnglishStems.of("harnesses")).contains("harness");
        assertThat(EnglishStems.of("policies")).startsWith("policy");
        assertThat(EnglishStems.of("historical")).contains("historic");
    }

    @Test
    void shortWordsAndDoubleSHaveNoOtherForm() {
        assertThat(EnglishStems.of("bus")).isEmpty();
        assertThat(EnglishStems.of("business")).isEmpty();
    }
}
