package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import org.junit.jupiter.api.Test;

class SentenceTemplatesTest {

    private static final SentenceTemplates FRAMES = SentenceTemplates.learn(EscoTaxonomyLoader.shipped().taxonomy());

    @Test
    void framesAreLearntInBothLanguagesFromOccupationDescriptions() {
        assertThat(FRAMES.size(true)).isGreaterThan(50);
        assertThat(FRAMES.size(false)).isGreaterThan(FRAMES.size(true));
    }

    @Test
    void aLabelPutInAFrameIsPartOfALongerSentence() {
        Random random = new Random(3);
        for (int i = 0; i < 20; i++) {
            String sentence = FRAMES.embed("goederen opslaan", true, random);
            assertThat(sentence).contains("goederen opslaan").doesNotContain(SentenceTemplates.SLOT);
            assertThat(sentence.split("\\s+").length).isGreaterThan(2);
        }
    }
}
