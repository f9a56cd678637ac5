package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Back-translation agreement on word tables learnt from a handful of pairs. */
class LexicalAgreementTest {

    private static LexicalAgreement agreement;

    @BeforeAll
    static void train() {
        List<List<String>> english = List.of(List.of("food"), List.of("safety"), List.of("food", "safety"),
                List.of("rules"), List.of("safety", "rules"), List.of("food", "rules"));
        List<List<String>> dutch = List.of(List.of("voedsel"), List.of("veiligheid"), List.of("voedsel", "veiligheid"),
                List.of("regels"), List.of("veiligheid", "regels"), List.of("voedsel", "regels"));
        var ev = new Vocabulary();
        var dv = new Vocabulary();
        var e = new ArrayList<int[]>();
        var d = new ArrayList<int[]>();
        for (int i = 0; i < english.size(); i++) {
            e.add(ev.ids(english.get(i)));
            d.add(dv.ids(dutch.get(i)));
        }
        int[] weights = new int[english.size()];
        java.util.Arrays.fill(weights, 1);
        agreement = new LexicalAgreement(WordAligner.train(e, d, weights, 5), WordAligner.train(d, e, weights, 5), ev,
                dv);
    }

    @Test
    void aRightTranslationExplainsEveryEnglishWord() {
        double[] right = agreement.of(List.of("food", "safety"), List.of("voedsel", "veiligheid"));

        assertThat(right[0]).isGreaterThan(0.5);
        assertThat(right[1]).isGreaterThan(0.3);
        assertThat(right[2]).isGreaterThan(0.5);
    }

    @Test
    void aWrongWordLowersTheMinimumOnBothSides() {
        double[] right = agreement.of(List.of("food", "safety"), List.of("voedsel", "veiligheid"));
        double[] wrong = agreement.of(List.of("food", "safety"), List.of("voedsel", "regels"));

        assertThat(wrong[1]).isLessThan(right[1] / 2);
        assertThat(wrong[3]).isLessThan(right[3] / 2);
        assertThat(wrong[0]).isLessThan(right[0]);
    }

    @Test
    void aWordTheTablesNeverSawExplainsNothing() {
        double[] right = agreement.of(List.of("food", "safety"), List.of("voedsel", "veiligheid"));
        double[] leftInEnglish = agreement.of(List.of("food", "safety"), List.of("voedsel", "safety"));

        // no English word explains the unknown Dutch word; "safety" is left to NULL only
        assertThat(leftInEnglish[3]).isZero();
        assertThat(leftInEnglish[1]).isLessThan(right[1]);
        double[] unknownEnglish = agreement.of(List.of("welding"), List.of("voedsel"));
        assertThat(unknownEnglish[0]).isZero();
        assertThat(unknownEnglish[1]).isZero();
    }
}
