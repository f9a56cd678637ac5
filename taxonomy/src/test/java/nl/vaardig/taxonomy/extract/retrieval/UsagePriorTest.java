package nl.vaardig.taxonomy.extract.retrieval;

import static nl.vaardig.taxonomy.extract.retrieval.EnglishLabelDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsagePriorTest {

    // specificity log((occupations + 1) / (linking + 1)): 8 is a skill no occupation links, 1 one most link
    private static final SkillRetriever RETRIEVER = SkillRetriever.build(List.of(
            doc(0, "cloud monitoring", 8),
            doc(1, "cloud technologies and services", 1),
            doc(2, "forklift", 5)));

    private static List<Integer> search(SkillRetriever retriever, String sentence) {
        return retriever.search(retriever.analyse(sentence, false), false, 5).stream().map(SkillRetriever.Hit::ordinal)
                .toList();
    }

    @Test
    void ofTheSkillsAWordReachesAlikeTheOneMoreOccupationsUseComesFirst() {
        // without the prior the shorter label wins; skill 1 is used by far more occupations
        assertThat(search(RETRIEVER, "cloud")).containsExactly(0, 1);
        assertThat(search(RETRIEVER.withUsagePrior(2f), "cloud")).containsExactly(1, 0);
    }

    @Test
    void aSkillTheWordsDoNotReachStaysOut() {
        assertThat(search(RETRIEVER.withUsagePrior(4f), "cloud")).doesNotContain(2);
    }

    @Test
    void noPriorLeavesTheSumsAsTheyWere() {
        QueryText query = RETRIEVER.analyse("cloud monitoring", false);

        assertThat(RETRIEVER.usagePrior()).isZero();
        assertThat(RETRIEVER.withUsagePrior(0f)).isSameAs(RETRIEVER);
        assertThat(RETRIEVER.withUsagePrior(2f).withUsagePrior(0f).search(query, false, 5))
                .isEqualTo(RETRIEVER.search(query, false, 5));
        assertThat(RETRIEVER.search(query, false, 5).getFirst().score())
                .isCloseTo(RETRIEVER.searchWithLucene(query, false, 5).getFirst().score(), within(1e-4f));
    }

    @Test
    void thePriorSurvivesOtherWeights() {
        SkillRetriever prior = RETRIEVER.withUsagePrior(2f);

        assertThat(prior.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).usagePrior()).isEqualTo(2f);
        assertThat(search(prior.withWeights(SkillRetrieval.PLATFORM_WEIGHTS), "cloud")).first().isEqualTo(1);
    }

    @Test
    void theRetrievalCarriesThePriorToItsScores() {
        SkillRetrieval plain = new SkillRetrieval(RETRIEVER, null);
        SkillRetrieval prior = plain.withUsagePrior(2f);

        assertThat(plain.usagePrior()).isZero();
        assertThat(prior.usagePrior()).isEqualTo(2f);
        assertThat(plain.score("cloud", false, 5).getFirst().ordinal()).isZero();
        assertThat(prior.score("cloud", false, 5).getFirst().ordinal()).isEqualTo(1);
        assertThat(prior.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).usagePrior()).isEqualTo(2f);
    }

    @Test
    void usageIsTheShareOfTheLargestSpecificityLeft() {
        assertThat(SkillRetriever.usage(8, 8)).isZero();
        assertThat(SkillRetriever.usage(2, 8)).isEqualTo(0.75);
        assertThat(SkillRetriever.usage(0, 8)).isEqualTo(1.0);
        assertThat(SkillRetriever.usage(3, 0)).isZero();
    }

    @Test
    void aNegativePriorIsRefused() {
        assertThatThrownBy(() -> RETRIEVER.withUsagePrior(-1f)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RETRIEVER.withUsagePrior(Float.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
