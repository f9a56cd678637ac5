package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {

    /** Skill i has label {@code LABELS[i]}; "operate" is in three of the four (a common term at share 0.5). */
    private static final String[] LABELS = {"operate forklift", "operate crane", "operate lathe", "forklift maintenance"};
    /** Skill 1 is the one most occupations use (the usage prior lifts it). */
    private static final double[] SPECIFICITY = {8, 1, 5, 5};

    private static final SkillRetriever RETRIEVER = SkillRetriever.build(IntStream.range(0, LABELS.length)
            .mapToObj(i -> new SkillDocument(i, "http://data.europa.eu/esco/skill/" + i, List.of(),
                    List.of(new SkillDocument.WeightedLabel(LABELS[i], 1)), "", "", List.of(), List.of(), SPECIFICITY[i]))
            .toList());

    private static final BroaderPreference BROADER = new BroaderPreference(new int[][] {{}, {}, {}, {0}},
            RETRIEVER.terms(), 1f, BroaderPreference.Rule.LABELS);

    @Test
    void aNewRetrieverHasNone() {
        assertThat(RETRIEVER.settings()).isEqualTo(SearchSettings.NONE);
        assertThat(SearchSettings.NONE).isEqualTo(new SearchSettings(0f, Integer.MAX_VALUE, null));
    }

    @Test
    void allThreeTravelTogetherToOtherWeightsAndTranslations() {
        SkillRetriever set = RETRIEVER.withUsagePrior(2f).withoutCommonTerms(0.5).withBroaderPreference(BROADER);
        SearchSettings expected = new SearchSettings(2f, 2, BROADER);

        assertThat(set.settings()).isEqualTo(expected);
        assertThat(set.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).settings()).isEqualTo(expected);
        assertThat(set.withTranslations(RETRIEVER.translations()).settings()).isEqualTo(expected);
        assertThat(set.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).withWeights(QueryWeights.HAND_SET).settings())
                .isEqualTo(expected);
    }

    @Test
    void changingOneKeepsTheOthers() {
        SkillRetriever set = RETRIEVER.withUsagePrior(2f).withoutCommonTerms(0.5).withBroaderPreference(BROADER);

        assertThat(set.withUsagePrior(0f).settings()).isEqualTo(new SearchSettings(0f, 2, BROADER));
        assertThat(set.withoutCommonTerms(1).settings()).isEqualTo(new SearchSettings(2f, Integer.MAX_VALUE, BROADER));
        assertThat(set.withBroaderPreference(null).settings()).isEqualTo(new SearchSettings(2f, 2, null));
    }

    @Test
    void theSameSettingsGiveTheSameRetriever() {
        SkillRetriever set = RETRIEVER.withUsagePrior(2f).withBroaderPreference(BROADER);

        assertThat(set.withUsagePrior(2f)).isSameAs(set);
        assertThat(set.withBroaderPreference(BROADER)).isSameAs(set);
        assertThat(RETRIEVER.withUsagePrior(-0f)).isSameAs(RETRIEVER);
    }

    @Test
    void theSearchWithAllThreeIsTheSameAfterOtherTranslations() {
        SkillRetriever set = RETRIEVER.withUsagePrior(2f).withoutCommonTerms(0.5).withBroaderPreference(BROADER);
        QueryText query = set.analyse("forklift maintenance", false);

        assertThat(set.withTranslations(RETRIEVER.translations()).search(query, false, 5))
                .isEqualTo(set.search(query, false, 5));
    }

    @Test
    void aPriorThatIsNegativeOrNotFiniteIsRefused() {
        for (float prior : new float[] {-1f, Float.NaN, Float.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new SearchSettings(prior, Integer.MAX_VALUE, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNegativeTermCapIsRefused() {
        assertThatThrownBy(() -> new SearchSettings(0f, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SearchSettings(0f, 0, null).maxTermDocuments()).isZero();
    }
}
