package nl.vaardig.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPositionsTest {

    /** Word by word where it can, whole where it must: the same terms, positions and order as the whole chain. */
    private static void sameAsWhole(WordPositions words, org.apache.lucene.analysis.Analyzer whole, String text, int max) {
        Map<String, Integer> expected = WordPositions.analysed(whole, text, max);
        // twice: once filling the memory, once reading from it
        for (int pass = 0; pass < 2; pass++) {
            Map<String, Integer> got = words.of(text, max);
            assertThat(got).as(text).isEqualTo(expected);
            assertThat(List.copyOf(got.keySet())).as(text).isEqualTo(List.copyOf(expected.keySet()));
        }
    }

    private static final List<String> DUTCH = List.of(
            // stop words between the words: positions keep counting them
            "Je controleert de voorraad en bestelt nieuwe goederen bij de leveranciers",
            // verb forms, compounds and their verb-stem parts
            "Jij stelt het verpleegplan samen en rapporteert aan de vrachtwagenchauffeurs",
            // a particle completing a separable verb: read whole
            "Stel het verpleegplan op en voer de controles uit",
            "om het plan op te stellen",
            // "samen met" is no particle
            "samen met de collega's",
            // abbreviations, one word and several: read whole
            "Je hebt een BHV-diploma en een VCA certificaat",
            "Een afgeronde hbo-opleiding; ehbo is een pré",
            // punctuation, numbers, diacritics, upper case
            "Coördinatie van 3.5 FTE, ± 40 uur/week: café-ervaring (M/V/X)!",
            "",
            "de het een");

    @Test
    void dutchSentencesGiveTheWholeChainsTerms() {
        for (String text : DUTCH) {
            sameAsWhole(VaardigAnalyzers.dutchSentencePositions(), VaardigAnalyzers.dutchSentences(), text, 48);
        }
    }

    @Test
    void englishGivesTheWholeChainsTerms() {
        for (String text : List.of("You maintain the company's forklifts and operate cranes safely",
                "Experience with CI/CD, AWS and the client's SQL databases", "Stel het plan op", "")) {
            sameAsWhole(VaardigAnalyzers.englishPositions(), VaardigAnalyzers.english(), text, 48);
            sameAsWhole(VaardigAnalyzers.dutchSentencePositions(), VaardigAnalyzers.dutchSentences(), text, 48);
        }
    }

    @Test
    void theCapKeepsTheFirstDistinctTermsAsTheWholeChainDoes() {
        String text = DUTCH.get(0) + " " + DUTCH.get(1);
        for (int max : new int[] {0, 1, 3, 7, 12}) {
            sameAsWhole(VaardigAnalyzers.dutchSentencePositions(), VaardigAnalyzers.dutchSentences(), text, max);
            sameAsWhole(VaardigAnalyzers.englishPositions(), VaardigAnalyzers.english(), text, max);
        }
    }

    @Test
    void aWordsTermsStandAtItsPositionAmongStopWords() {
        Map<String, Integer> got = VaardigAnalyzers.dutchSentencePositions().of("de vrachtwagenchauffeur van het bedrijf", 48);

        assertThat(got).containsEntry("chauffeur", 1).containsEntry("bedrijf", 4).doesNotContainKey("de");
    }

    @Test
    void aParticleThatCompletesAVerbIsReadWithItsSentence() {
        assertThat(VaardigAnalyzers.dutchSentencePositions().of("stel het plan op", 48))
                .isEqualTo(WordPositions.analysed(VaardigAnalyzers.dutchSentences(), "stel het plan op", 48))
                .containsKey(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), "opstellen").getFirst());
    }
}
