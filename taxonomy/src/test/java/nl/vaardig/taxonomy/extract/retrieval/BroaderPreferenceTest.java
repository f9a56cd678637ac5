package nl.vaardig.taxonomy.extract.retrieval;

import static nl.vaardig.taxonomy.extract.retrieval.EnglishLabelDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BroaderPreferenceTest {

    private static final SkillRetriever RETRIEVER = SkillRetriever.build(List.of(
            doc(0, "cloud security and compliance"),
            doc(1, "cloud monitoring"),
            doc(2, "cloud technologies"),
            doc(3, "forklift"),
            doc(4, "inventory"),
            doc(5, "warehouse inventory stock control procedures"),
            doc(6, "forklift maintenance")));

    /**
     * Skills 0 and 1 are narrower than 2 (as in ESCO); 4 is narrower than 5, whose label names far more than the shared
     * word; 6 is narrower than 3, the shorter label.
     */
    private static BroaderPreference preference(float weight) {
        return preference(weight, BroaderPreference.Rule.LABELS);
    }

    private static BroaderPreference preference(float weight, BroaderPreference.Rule fields) {
        return new BroaderPreference(new int[][] {{2}, {2}, {}, {}, {5}, {}, {3}}, RETRIEVER.terms(), weight, fields);
    }

    private static List<Integer> search(SkillRetriever retriever, String sentence, int limit) {
        return retriever.search(retriever.analyse(sentence, false), false, limit).stream()
                .map(SkillRetriever.Hit::ordinal).toList();
    }

    @Test
    void aSentenceWithOnlyTheSharedWordPutsTheBroaderSkillFirst() {
        // "cloud monitoring" and "cloud technologies" tie on "cloud"; the earlier document wins the tie
        assertThat(search(RETRIEVER, "cloud", 5)).containsExactly(1, 2, 0);
        assertThat(search(RETRIEVER.withBroaderPreference(preference(1f)), "cloud", 5)).containsExactly(2, 1, 0);
    }

    @Test
    void aWordThatSetsANarrowerSkillApartLiftsNothing() {
        // "security" is a word of skill 0's label and not of its broader skill's: the sentence means skill 0, and the
        // sibling reached by "cloud" alone lends the broader skill nothing either
        assertThat(search(RETRIEVER.withBroaderPreference(preference(4f)), "cloud security", 5))
                .isEqualTo(search(RETRIEVER, "cloud security", 5));
    }

    @Test
    void theBroaderSkillCountsItsOwnScoreFromOutsideTheCut() {
        assertThat(search(RETRIEVER, "cloud", 1)).containsExactly(1);
        List<SkillRetriever.Hit> lifted = RETRIEVER.withBroaderPreference(preference(0.5f))
                .search(RETRIEVER.analyse("cloud", false), false, 1);
        float own = RETRIEVER.search(RETRIEVER.analyse("cloud", false), false, 5).get(1).score();
        float narrower = RETRIEVER.search(RETRIEVER.analyse("cloud", false), false, 5).get(0).score();

        assertThat(lifted).containsExactly(new SkillRetriever.Hit(2, own + 0.5f * narrower, 0));
    }

    @Test
    void aBroaderSkillAlreadyAboveItsNarrowerOneGainsNothing() {
        // "forklift" ranks the broader skill 3 first already: the order and the scores stay
        assertThat(RETRIEVER.withBroaderPreference(preference(4f)).search(RETRIEVER.analyse("forklift", false), false, 5))
                .isEqualTo(RETRIEVER.search(RETRIEVER.analyse("forklift", false), false, 5));
    }

    @Test
    void aSentenceThatReachesNoLabelOfANarrowerSkillLiftsNothing() {
        assertThat(search(RETRIEVER.withBroaderPreference(preference(4f)), "stock", 5)).containsExactly(5);
    }

    @Test
    void byCoverTheSharedWordMustNameTheBroaderSkillAtLeastAsWellAsTheNarrowerOne() {
        BroaderPreference.Rule cover = BroaderPreference.Rule.COVER;

        // "inventory" is all of skill 4's label and a small part of skill 5's: only the label rule lifts 5
        assertThat(search(RETRIEVER, "inventory", 5)).containsExactly(4, 5);
        assertThat(search(RETRIEVER.withBroaderPreference(preference(1f)), "inventory", 5)).containsExactly(5, 4);
        assertThat(search(RETRIEVER.withBroaderPreference(preference(1f, cover)), "inventory", 5)).containsExactly(4, 5);
        // "cloud" is half of "cloud technologies" and a third of "cloud security and compliance": both rules lift 2
        assertThat(search(RETRIEVER.withBroaderPreference(preference(1f, cover)), "cloud", 5)).first().isEqualTo(2);
    }

    @Test
    void byAllFieldsAWordOfTheNarrowerSkillsDescriptionSetsItApart() {
        SkillRetriever described = SkillRetriever.build(List.of(
                new SkillDocument(0, "http://data.europa.eu/esco/skill/0", List.of(),
                        List.of(new SkillDocument.WeightedLabel("cloud monitoring", 1)), "", "dashboards and alerts",
                        List.of(), List.of(), 1),
                doc(1, "cloud technologies")));
        BroaderPreference labels = new BroaderPreference(new int[][] {{1}, {}}, described.terms(), 1f,
                BroaderPreference.Rule.LABELS);
        BroaderPreference all = new BroaderPreference(new int[][] {{1}, {}}, described.terms(), 1f,
                BroaderPreference.Rule.ALL);

        assertThat(search(described, "cloud dashboards", 5)).first().isEqualTo(0);
        assertThat(search(described.withBroaderPreference(labels), "cloud dashboards", 5)).first().isEqualTo(1);
        assertThat(search(described.withBroaderPreference(all), "cloud dashboards", 5)).first().isEqualTo(0);
    }

    @Test
    void noPreferenceLeavesTheSearchAsItWas() {
        assertThat(RETRIEVER.withBroaderPreference(null)).isSameAs(RETRIEVER);
        assertThat(RETRIEVER.withBroaderPreference(preference(1f)).withBroaderPreference(null).search(
                RETRIEVER.analyse("cloud", false), false, 5))
                .isEqualTo(RETRIEVER.search(RETRIEVER.analyse("cloud", false), false, 5));
    }

    @Test
    void thePreferenceSurvivesOtherWeightsAndAUsagePrior() {
        SkillRetriever lifted = RETRIEVER.withBroaderPreference(preference(1f));

        assertThat(lifted.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).broaderPreference()).isNotNull();
        assertThat(lifted.withUsagePrior(0.5f).broaderPreference()).isNotNull();
        assertThat(search(lifted.withWeights(SkillRetrieval.PLATFORM_WEIGHTS), "cloud", 5)).first().isEqualTo(2);
    }

    @Test
    void aWeightThatIsNotPositiveAndFiniteIsRefused() {
        assertThatThrownBy(() -> preference(-1f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preference(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> preference(Float.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}
