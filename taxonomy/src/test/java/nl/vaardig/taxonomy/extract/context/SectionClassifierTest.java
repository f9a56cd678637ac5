package nl.vaardig.taxonomy.extract.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionClassifierTest {

    @ParameterizedTest
    @CsvSource({
        "Wat vragen wij?, REQUIREMENTS",
        "Jouw profiel, REQUIREMENTS",
        "Requirements:, REQUIREMENTS",
        "Wat ga je doen?, TASKS",
        "Responsibilities, TASKS",
        "Pluspunten, NICE_TO_HAVE",
        "Nice to have, NICE_TO_HAVE",
        "Wat bieden wij?, OFFER",
        "Arbeidsvoorwaarden, OFFER",
        "Benefits, OFFER",
        "Over ons, COMPANY",
        "About us, COMPANY",
        "Interesse?, APPLICATION",
        "How to apply, APPLICATION",
        "Privacy, LEGAL",
        "Verpleegkundige IC, NEUTRAL"})
    void headingsAreClassified(String heading, SectionKind expected) {
        assertThat(SectionClassifier.classify(heading)).isEqualTo(expected);
    }
}
