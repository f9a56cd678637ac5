package nl.vaardig.taxonomy.extract.context;

import static org.assertj.core.api.Assertions.assertThat;

import nl.vaardig.taxonomy.extract.text.Fold;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementCuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ervaring met Python is een pré.|OPTIONAL",
        "Kennis van SAP is een pluspunt|OPTIONAL",
        "Experience with Kubernetes is nice to have|OPTIONAL",
        "Je hebt ervaring met Java.|ESSENTIAL",
        "A valid driving licence is required|ESSENTIAL",
        "You must be fluent in Dutch|ESSENTIAL",
        "Je maakt de kamers schoon.|NONE"})
    void cueWordsSayWhetherASkillIsRequired(String sentence, RequirementCues.Signal expected) {
        assertThat(RequirementCues.of(Fold.fold(sentence))).isEqualTo(expected);
    }
}
