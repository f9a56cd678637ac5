package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptionSentencesTest {

    private static SkillDocument concept(int ordinal, String dutchDescription, String englishDescription) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal, List.of(),
                List.of(new SkillDocument.WeightedLabel("label " + ordinal, 1.0)), dutchDescription, englishDescription,
                List.of(), List.of(), 1);
    }

    @Test
    void descriptionsWithAsManySentencesArePairedSentenceBySentence() {
        List<SkillDocument> pairs = DescriptionSentences.aligned(List.of(
                concept(0, "Zij tillen dozen. Zij werken samen met collega's!", "They lift boxes. They cooperate with colleagues!"),
                concept(1, "Zonder Engelse beschrijving.", ""),
                concept(2, "Een zin.", "One sentence. And another one.")));

        assertThat(pairs).hasSize(2);
        assertThat(pairs.get(0).labelsNl().getFirst().text()).isEqualTo("Zij tillen dozen.");
        assertThat(pairs.get(0).labelsEn().getFirst().text()).isEqualTo("They lift boxes.");
        assertThat(pairs.get(1).labelsNl().getFirst().text()).isEqualTo("Zij werken samen met collega's!");
        assertThat(pairs.get(1).labelsEn().getFirst().text()).isEqualTo("They cooperate with colleagues!");
        assertThat(pairs).extracting(SkillDocument::ordinal).containsExactly(0, 1);
    }

    @Test
    void sentencesEndAtAStopAQuestionOrAnExclamationMarkFollowedBySpace() {
        assertThat(DescriptionSentences.sentences("  Zij laden in.\nWaarom? Omdat het moet!  Versie 1.1 telt niet "))
                .containsExactly("Zij laden in.", "Waarom?", "Omdat het moet!", "Versie 1.1 telt niet");
    }
}
