package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void aFrameCanComeFromAnOccupationThatNeedsTheSkill() {
        // the care worker's description names its own skill "basisondersteuning bieden aan patiënten"
        nl.vaardig.taxonomy.model.Taxonomy.Builder b = nl.vaardig.taxonomy.model.Taxonomy.builder(
                nl.vaardig.taxonomy.model.TaxonomyVersion.ESCO_1_1_1);
        OccupationContextTest.skill(b, OccupationContextTest.SUPPORT_PATIENTS, "provide basic support to patients",
                "basisondersteuning bieden aan patiënten", "");
        OccupationContextTest.skill(b, OccupationContextTest.SERVE_DRINKS, "serve drinks", "dranken serveren", "");
        OccupationContextTest.occupation(b, OccupationContextTest.CARE_WORKER, "care worker", "verzorgende",
                "Verzorgenden geven basisondersteuning bieden aan patiënten in een verpleeghuis.");
        OccupationContextTest.occupation(b, OccupationContextTest.CABIN_CREW, "cabin crew member", "stewardess",
                "Stewardessen zorgen voor dranken serveren aan boord van een vliegtuig.");
        b.occupationSkill(OccupationContextTest.CARE_WORKER, OccupationContextTest.SUPPORT_PATIENTS,
                nl.vaardig.taxonomy.model.RelationType.ESSENTIAL);
        b.occupationSkill(OccupationContextTest.CABIN_CREW, OccupationContextTest.SERVE_DRINKS,
                nl.vaardig.taxonomy.model.RelationType.ESSENTIAL);
        SentenceTemplates frames = SentenceTemplates.learn(b.build());
        Random random = new Random(5);

        assertThat(frames.size(true)).isEqualTo(2);
        for (int i = 0; i < 10; i++) {
            assertThat(frames.embed("patiënten wassen", true, List.of(OccupationContextTest.CARE_WORKER.value()), random))
                    .isEqualTo("Verzorgenden geven patiënten wassen in een verpleeghuis.");
        }
        // an occupation without a frame of its own: any frame of the language
        assertThat(frames.embed("patiënten wassen", true, List.of("http://data.europa.eu/esco/occupation/none"), random))
                .contains("patiënten wassen");
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
