package nl.vaardig.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** Token by token: verb forms read as their infinitive and separable verbs re-joined ({@link VaardigAnalyzers#dutchSentences()}). */
class DutchSentencesAnalyzerTest {

    private static final Analyzer NL = VaardigAnalyzers.dutchSentences();

    private static void assertAnalyzesTo(String input, String... expected) {
        assertThat(VaardigAnalyzers.terms(NL, input)).as(input).containsExactly(expected);
    }

    @Test
    void aSeparableVerbIsRejoinedAtItsParticle() {
        assertAnalyzesTo("stel het verpleegplan op", "stel", "stell", "verpleegplan", "verpleg", "plan", "plann", "opstell",
                "ops", "tell");
        assertThat(VaardigAnalyzers.terms(NL, "je houdt het dossier bij")).contains("houdt", "houd", "dossier", "bijhoud");
        assertAnalyzesTo("je zet medicatie klaar", "zet", "medicatie", "klar", "klaarzet", "zet");
    }

    @Test
    void theSentenceMeetsTheLabelItParaphrases() {
        List<String> label = VaardigAnalyzers.terms(NL, "verpleegplan opstellen");
        assertThat(VaardigAnalyzers.terms(NL, "stel je samen met de patiënt het verpleegplan op")).containsAll(label);
        assertThat(VaardigAnalyzers.terms(NL, "om het verpleegplan op te stellen")).containsAll(label);
        assertThat(VaardigAnalyzers.terms(NL, "het opgestelde verpleegplan")).containsAll(label);
        assertThat(VaardigAnalyzers.terms(NL, "je neemt de telefoon aan"))
                .containsAll(VaardigAnalyzers.terms(NL, "telefoon aannemen"));
    }

    @Test
    void aCompoundWithAVerbStemGetsItsPartsSoItMeetsTheVerbsNoun() {
        // verpleeg-plan: the stem of verplegen is a part, read as verplegen, which stems like verpleging
        assertThat(VaardigAnalyzers.terms(NL, "verpleegplan")).containsExactly("verpleegplan", "verpleg", "plan", "plann");
        assertThat(VaardigAnalyzers.terms(NL, "de verpleging plannen")).containsExactly("verpleg", "plann");
        // a verb stem is never split itself: no "ver" + "pleeg"
        assertThat(VaardigAnalyzers.terms(NL, "verpleeg")).doesNotContain("ver", "pleeg");
        assertThat(VaardigAnalyzers.terms(VaardigAnalyzers.dutch(), "verpleegplan")).containsExactly("verpleegplan");
    }

    @Test
    void finiteFormsAlsoGiveTheInfinitiveStem() {
        assertThat(VaardigAnalyzers.terms(NL, "je controleert de kwaliteit")).contains("controleert", "controler", "kwaliteit");
        assertAnalyzesTo("werkt", "werkt", "werk");
        assertAnalyzesTo("je neemt", "neemt", "nem");
    }

    @Test
    void stopWordsGetNoInfinitiveAndAParticleWithoutItsVerbAddsNothing() {
        assertAnalyzesTo("je moet het werk doen", "werk");
        assertAnalyzesTo("de dozen liggen op de grond", "doz", "ligg", "grond");
    }

    @Test
    void aParticleSkipsStopWordsOnItsWayBackToTheVerbAndSamenMetIsNoParticle() {
        assertThat(VaardigAnalyzers.terms(NL, "stel je samen met de patiënt het verpleegplan op"))
                .contains("opstell").doesNotContain("opmet", "samenstell");
    }

    @Test
    void theJoinedVerbTakesTheParticlesPositionAfterStopWordsAreRemoved() {
        var terms = new ArrayList<String>();
        var increments = new ArrayList<Integer>();
        try (TokenStream ts = NL.tokenStream("f", "stel het plan op")) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
                increments.add(inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // stel(1) stell(0) | het removed | plan(2) plann(0) | op removed: opstellen one past plan
        assertThat(terms).containsExactly("stel", "stell", "plan", "plann", "opstell", "ops", "tell");
        assertThat(increments).containsExactly(1, 0, 2, 0, 1, 0, 0);
    }

    @Test
    void theWordAnalyzerIsUnchanged() {
        assertThat(VaardigAnalyzers.terms(VaardigAnalyzers.dutch(), "je stelt het plan op")).containsExactly("stelt", "plan");
    }

    @Test
    void theAnalyzerIsReusableAcrossTexts() {
        assertAnalyzesTo("stel het verpleegplan op", "stel", "stell", "verpleegplan", "verpleg", "plan", "plann", "opstell",
                "ops", "tell");
        assertAnalyzesTo("kwaliteit", "kwaliteit");
        assertAnalyzesTo("stel het verpleegplan op", "stel", "stell", "verpleegplan", "verpleg", "plan", "plann", "opstell",
                "ops", "tell");
    }
}
