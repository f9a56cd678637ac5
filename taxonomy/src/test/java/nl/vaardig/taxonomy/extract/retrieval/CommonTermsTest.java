package nl.vaardig.taxonomy.extract.retrieval;

import static nl.vaardig.taxonomy.extract.retrieval.EnglishLabelDocuments.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommonTermsTest {

    /** "operate" is in three of the four documents, "forklift" and "crane" in one each. */
    private static final SkillRetriever RETRIEVER = SkillRetriever.build(List.of(
            doc(0, "operate forklift"),
            doc(1, "operate crane"),
            doc(2, "operate lathe"),
            doc(3, "weld pipes")));

    private static List<Integer> search(SkillRetriever retriever, String sentence) {
        return retriever.search(retriever.analyse(sentence, false), false, 5).stream().map(SkillRetriever.Hit::ordinal)
                .toList();
    }

    @Test
    void aTermInMoreThanTheShareOfTheDocumentsIsNotSummed() {
        assertThat(search(RETRIEVER, "operate the forklift")).containsExactly(0, 1, 2);
        // 3 of 4 documents hold "operate": above half, so only "forklift" reaches a skill
        assertThat(search(RETRIEVER.withoutCommonTerms(0.5), "operate the forklift")).containsExactly(0);
        assertThat(search(RETRIEVER.withoutCommonTerms(0.75), "operate the forklift")).containsExactly(0, 1, 2);
        // a sentence of common words only reaches nothing
        assertThat(search(RETRIEVER.withoutCommonTerms(0.5), "operate")).isEmpty();
    }

    @Test
    void aShareOfOneSumsEveryTermAndSurvivesOtherWeightsAndPriors() {
        QueryText query = RETRIEVER.analyse("operate the forklift", false);

        assertThat(RETRIEVER.withoutCommonTerms(1)).isSameAs(RETRIEVER);
        assertThat(RETRIEVER.withoutCommonTerms(0.5).withoutCommonTerms(1).search(query, false, 5))
                .isEqualTo(RETRIEVER.search(query, false, 5));
        SkillRetriever fewer = RETRIEVER.withoutCommonTerms(0.5);
        assertThat(search(fewer.withWeights(SkillRetrieval.PLATFORM_WEIGHTS).withUsagePrior(1f), "operate the forklift"))
                .containsExactly(0);
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        for (double share : new double[] {0, -0.1, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> RETRIEVER.withoutCommonTerms(share)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
