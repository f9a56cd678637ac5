package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.vaardig.taxonomy.analysis.DutchVerbLemmas;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.junit.jupiter.api.Test;

class SecondPersonSentencesTest {

    private final SecondPersonSentences sentences = new SecondPersonSentences(DutchVerbLemmas.shipped());

    @Test
    void aSeparableVerbIsConjugatedAndItsParticleGoesToTheEnd() {
        for (int seed = 0; seed < 12; seed++) {
            String sentence = sentences.rewrite("verpleegplan opstellen", new Random(seed)).orElseThrow();
            assertThat(sentence).isIn("Je stelt verpleegplan op.", "Jij stelt verpleegplan op.",
                    "In deze functie stel je verpleegplan op.");
        }
    }

    @Test
    void aPlainVerbIsConjugatedInTheSecondPerson() {
        for (int seed = 0; seed < 12; seed++) {
            assertThat(sentences.rewrite("kwaliteit controleren", new Random(seed)).orElseThrow()).isIn(
                    "Je controleert kwaliteit.", "Jij controleert kwaliteit.", "In deze functie controleer je kwaliteit.");
            assertThat(sentences.rewrite("telefoon aannemen", new Random(seed)).orElseThrow()).isIn(
                    "Je neemt telefoon aan.", "Jij neemt telefoon aan.", "In deze functie neem je telefoon aan.");
        }
    }

    @Test
    void theSentenceAnalysesToTheLabelsTerms() {
        String sentence = sentences.rewrite("verpleegplan opstellen", new Random(4)).orElseThrow();
        List<String> label = VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), "verpleegplan opstellen");
        assertThat(VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), sentence)).containsAll(label);
    }

    @Test
    void aLabelThatDoesNotEndInAVerbIsLeftAlone() {
        assertThat(sentences.rewrite("Nederlands", new Random(5))).isEmpty();
        assertThat(sentences.rewrite("kennis van financiën", new Random(5))).isEmpty();
    }
}
