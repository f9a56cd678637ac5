package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RerankerTrainingTest {

    private static final int DESCRIPTION = CandidateFeatures.NAMES.indexOf("sentence-cover-description");
    private static final int DESCRIPTION_VS_BEST = CandidateFeatures.NAMES.indexOf("description-cover-vs-best");
    private static final int DUTCH_LABEL = CandidateFeatures.NAMES.indexOf("label-cover-nl");

    private static double[] ones() {
        double[] f = new double[CandidateFeatures.NAMES.size()];
        Arrays.fill(f, 1.0);
        return f;
    }

    @Test
    void aQueryTeachesNothingFromTheFieldItsOwnTextWasHeldOutOf() {
        double[] description = RerankerTraining.withoutHeldOutFields(new PseudoQuery("x", 1, false, "description-en"), ones());
        assertThat(description[DESCRIPTION]).isZero();
        assertThat(description[DESCRIPTION_VS_BEST]).isZero();
        assertThat(description[DUTCH_LABEL]).isEqualTo(1.0);

        for (String kind : new String[] {"label-nl", "label-nl-framed", "label-nl-vacancy"}) {
            double[] dutch = RerankerTraining.withoutHeldOutFields(new PseudoQuery("x", 1, true, kind), ones());
            assertThat(dutch[DUTCH_LABEL]).as(kind).isZero();
            assertThat(dutch[DESCRIPTION]).as(kind).isEqualTo(1.0);
        }
    }

    @Test
    void aQueryWhoseLabelStaysIndexedKeepsEveryFeature() {
        for (String kind : new String[] {"label-nl-framed" + PseudoQueries.INDEXED, "label-nl-vacancy" + PseudoQueries.INDEXED,
                "label-en", "label-en-framed"}) {
            assertThat(RerankerTraining.withoutHeldOutFields(new PseudoQuery("x", 1, kind.contains("nl"), kind), ones()))
                    .as(kind).containsOnly(1.0);
        }
    }
}
