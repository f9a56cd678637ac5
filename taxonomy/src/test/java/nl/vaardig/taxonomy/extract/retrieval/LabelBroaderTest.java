package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelBroaderTest {

    private static SkillDocument doc(int ordinal, String labelNl, String labelEn) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal,
                labelNl == null ? List.of() : List.of(new SkillDocument.WeightedLabel(labelNl, 1)),
                List.of(new SkillDocument.WeightedLabel(labelEn, 1)), "", "", List.of(), List.of(), 1);
    }

    private static final SkillTerms TERMS = SkillRetriever.build(List.of(
            doc(0, null, "think proactively"),
            doc(1, null, "think proactively to secure sales"),
            doc(2, null, "secure sales"),
            doc(3, "klanten adviseren", "advise clients"),
            doc(4, "klanten", "customer relations"))).terms();

    @Test
    void aSkillWhoseLabelHoldsPartOfAnotherLabelsWordsIsBroaderThanIt() {
        int[][] broader = LabelBroader.of(TERMS);

        assertThat(broader[1]).containsExactlyInAnyOrder(0, 2);
        assertThat(broader[0]).isEmpty();
        assertThat(broader[2]).isEmpty();
    }

    @Test
    void eachLanguageComparesItsOwnLabels() {
        int[][] broader = LabelBroader.of(TERMS);

        // the Dutch labels make 4 broader than 3; the English ones share no word
        assertThat(broader[3]).containsExactly(4);
        assertThat(broader[4]).isEmpty();
    }
}
