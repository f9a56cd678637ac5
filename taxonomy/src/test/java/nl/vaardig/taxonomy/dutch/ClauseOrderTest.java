package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Dutch puts a prepositional phrase of a verb-last label, learnt from aligned pairs. */
class ClauseOrderTest {

    private static final List<String> AFTER_EN = List.of("clean", "floors", "after", "work");
    private static final List<String> AFTER_NL = List.of("vloeren", "reinigen", "na", "werk");
    private static final List<String> IN_EN = List.of("clean", "floors", "in", "kitchens");
    private static final List<String> IN_NL = List.of("vloeren", "in", "keukens", "reinigen");
    private static final List<String> FIRST_EN = List.of("ensure", "safety", "after", "work");
    private static final List<String> FIRST_NL = List.of("zorgen", "voor", "veiligheid", "na", "werk");

    /** One-to-one links, the same in both directions: {@code dutchOf[i]} is the Dutch position of English word i. */
    private static Alignment links(int[] dutchOf, int dutchLength) {
        int[] englishOf = new int[dutchLength];
        java.util.Arrays.fill(englishOf, -1);
        for (int i = 0; i < dutchOf.length; i++) {
            englishOf[dutchOf[i]] = i;
        }
        return Alignment.symmetrise(englishOf, dutchOf, dutchOf.length, dutchLength);
    }

    @Test
    void aPhraseDutchPutsBehindTheVerbMovesThereAndOneItKeepsBeforeTheVerbStays() {
        var order = new ClauseOrder();
        for (int n = 0; n < 5; n++) {
            order.learn(AFTER_EN, AFTER_NL, links(new int[]{1, 0, 2, 3}, 4));
            order.learn(IN_EN, IN_NL, links(new int[]{3, 0, 1, 2}, 4));
        }

        assertThat(order.extraposed(List.of("apply", "rules", "after", "use"), 2)).isEqualTo(2);
        assertThat(order.extraposed(List.of("apply", "rules", "in", "kitchens"), 2)).isEqualTo(-1);
        assertThat(order.extraposed(List.of("apply", "rules", "after"), 2)).as("no word after it").isEqualTo(-1);
    }

    @Test
    void tooFewPairsOrVerbFirstPairsTeachNothing() {
        var order = new ClauseOrder();
        for (int n = 0; n < 2; n++) {
            order.learn(AFTER_EN, AFTER_NL, links(new int[]{1, 0, 2, 3}, 4));
        }
        for (int n = 0; n < 10; n++) {
            // "zorgen voor X": the verb comes first, so the pair says nothing about verb-last order
            order.learn(FIRST_EN, FIRST_NL, links(new int[]{0, 2, 3, 4}, 5));
        }

        assertThat(order.extraposed(List.of("apply", "rules", "after", "use"), 2)).isEqualTo(-1);
    }

    @Test
    void theTranslatorPutsALearntPhraseBehindTheVerbOfATemplate() {
        var translator = LabelTranslator.train(List.of(
                new LabelTranslator.Example("clean floors", "vloeren reinigen", true),
                new LabelTranslator.Example("clean machines", "machines reinigen", true),
                new LabelTranslator.Example("clean floors after work", "vloeren reinigen na werk", true),
                new LabelTranslator.Example("clean machines after use", "machines reinigen na gebruik", true),
                new LabelTranslator.Example("check floors after work", "vloeren controleren na werk", true),
                new LabelTranslator.Example("check machines after use", "machines controleren na gebruik", true),
                new LabelTranslator.Example("tables", "tafels", false),
                new LabelTranslator.Example("after use", "na gebruik", false)), List.of());

        var t = translator.translate("clean tables after use", true);

        assertThat(t.method()).isEqualTo("template");
        assertThat(t.text()).isEqualTo("tafels reinigen na gebruik");
    }
}
