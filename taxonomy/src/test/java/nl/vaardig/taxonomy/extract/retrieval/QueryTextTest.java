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

    private static final WordTranslations FLOOR = WordTranslations.learn(List.of(SkillTerms.of(List.of(
            new SkillDocument(0, "http://data.europa.eu/esco/skill/a", List.of(new SkillDocument.WeightedLabel("vloer dweilen", 1)),
                    List.of(new SkillDocument.WeightedLabel("mop floor", 1)), "", "", List.of(), List.of(), 1),
            new SkillDocument(1, "http://data.europa.eu/esco/skill/b", List.of(new SkillDocument.WeightedLabel("vloer leggen", 1)),
                    List.of(new SkillDocument.WeightedLabel("lay floor", 1)), "", "", List.of(), List.of(), 1)), false)),
            WordTranslations.ANY_LABEL);

    @Test
    void anEnglishLookingSentenceIsNotTranslated() {
        // no skill text uses any word here: every stop word that is no stop word of the other language is a marker
        QueryText.Markers markers = QueryText.markers(term -> 0, term -> 0, 0.005, 1000);

        assertThat(markers.dutch().contains("de")).isTrue();
        assertThat(markers.dutch().contains("in")).isFalse();
        assertThat(markers.english().contains("the")).isTrue();
        assertThat(QueryText.of("Je legt de vloer", true, FLOOR, markers).translated()).containsKey("floor");
        // a Dutch fragment without function words is still Dutch
        assertThat(QueryText.of("Vloer leggen", true, FLOOR, markers).translated()).containsKey("floor");
        // text taken for Dutch as a whole can hold an English sentence: its words are not translated as if Dutch
        assertThat(QueryText.of("Vloer systems and the production", true, FLOOR, markers).translated()).isEmpty();
        assertThat(QueryText.of("Vloer systems and the production", true, FLOOR).translated()).containsKey("floor");
    }

    @Test
    void aStopWordThatTheOtherLanguagesTextUsesOftenIsNoMarker() {
        // "over" is Dutch and English; say many English skill texts use it
        assertThat(QueryText.markers(term -> 0, term -> 0, 0.005, 1000).dutch().contains("over")).isTrue();
        QueryText.Markers markers = QueryText.markers(term -> 0, term -> term.equals("over") ? 5 : 0, 0.005, 1000);

        assertThat(markers.dutch().contains("over")).isFalse();
        assertThat(markers.dutch().contains("het")).isTrue();
    }
}
