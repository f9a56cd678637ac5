package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    private static final WordTranslations NONE = WordTranslations.learn(SkillTerms.of(List.of(
            new SkillDocument(0, "http://data.europa.eu/esco/skill/x", List.of(), List.of(new SkillDocument.WeightedLabel("x", 1)),
                    "", "", List.of(), List.of(), 1)), true));

    @Test
    void dutchFunctionWordsNeverReachTheEnglishFieldsOfDutchText() {
        QueryText q = QueryText.of("Je let op de veiligheid van de bezoekers", true, NONE);

        assertThat(q.en()).doesNotContainKeys("de", "van", "let");
        assertThat(q.nl()).containsKey("veilig");
    }

    @Test
    void englishTextKeepsItsOwnWords() {
        QueryText q = QueryText.of("Drive a van and let customers sign", false, NONE);

        assertThat(q.en()).containsKeys("van", "let", "drive");
        assertThat(q.translated()).isEmpty();
    }
}
