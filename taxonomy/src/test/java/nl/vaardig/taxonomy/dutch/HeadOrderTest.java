package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Head first with a linking word or head last, chosen by the modifier count and the head's own votes. */
class HeadOrderTest {

    private static final Set<String> PHRASE_WORDS = Set.of("of", "for", ",");

    /** "A B standards" ↔ "normen voor A+ B": two modifiers, head first, linked by "voor". */
    private static void learnHeadFirst(HeadOrder order, String a, String b, String head, String dutchHead) {
        order.learn(List.of(a, b, head), List.of(dutchHead, "voor", a + LabelTokens.JOIN, b),
                Alignment.symmetrise(new int[]{2, -1, 0, 1}, new int[]{2, 3, 0}, 3, 4), 0, PHRASE_WORDS, true);
    }

    /** "A head" ↔ "A+ head": one modifier, a compound with the head last. */
    private static void learnCompound(HeadOrder order, String a, String head) {
        order.learn(List.of(a, head), List.of(a + LabelTokens.JOIN, head),
                Alignment.symmetrise(new int[]{0, 1}, new int[]{0, 1}, 2, 2), 0, PHRASE_WORDS, true);
    }

    private static HeadOrder trained() {
        var order = new HeadOrder();
        for (String[] p : new String[][]{{"road", "signalling"}, {"animal", "transport"}, {"food", "safety"},
                {"water", "quality"}, {"fire", "prevention"}}) {
            learnHeadFirst(order, p[0], p[1], "standards", "normen");
        }
        for (String[] p : new String[][]{{"wound", "care"}, {"foot", "care"}, {"supplier", "management"},
                {"brake", "systems"}, {"risk", "management"}, {"water", "pumps"}}) {
            learnCompound(order, p[0], p[1]);
        }
        return order;
    }

    @Test
    void twoModifiersPutTheHeadFirstWithTheLearntLinkingWord() {
        var choice = trained().headFirst("regulations", 2, false, true).orElseThrow();

        assertThat(choice.link()).containsExactly("voor");
        assertThat(choice.probability()).isGreaterThan(0.5);
    }

    @Test
    void oneModifierKeepsTheCompound() {
        HeadOrder order = trained();

        assertThat(order.headFirst("care", 1, false, true)).isEmpty();
        assertThat(order.headFirst("pumps", 1, false, true)).isEmpty();
        assertThat(order.probability("pumps", 1, false, true))
                .isLessThan(order.probability("pumps", 2, false, true));
    }

    @Test
    void aHeadThatDutchPutsFirstRaisesItsOwnOddsEvenWithOneModifier() {
        HeadOrder order = trained();

        assertThat(order.probability("standards", 1, false, true))
                .isGreaterThan(order.probability("unseen", 1, false, true));
        assertThat(order.probability("care", 2, false, true)).isLessThan(order.probability("unseen", 2, false, true));
    }

    @Test
    void theObjectOfAVerbLabelCountsFromItsSecondWord() {
        var order = new HeadOrder();
        for (int i = 0; i < 3; i++) {
            // "apply road signalling standards" ↔ "normen voor weg+ signalisatie toepassen"
            order.learn(List.of("apply", "road", "signalling", "standards"),
                    List.of("normen", "inzake", "weg" + LabelTokens.JOIN, "signalisatie", "toepassen"),
                    Alignment.symmetrise(new int[]{3, -1, 1, 2, 0}, new int[]{4, 2, 3, 0}, 4, 5), 1, PHRASE_WORDS, true);
        }

        assertThat(order.headFirst("standards", 2, true, true).orElseThrow().link()).containsExactly("inzake");
    }

    @Test
    void phrasesWithLinkingWordsAndUntrainedModelsChooseNothing() {
        var order = new HeadOrder();
        order.learn(List.of("typology", "of", "meat"), List.of("typologie", "van", "vlees"),
                Alignment.symmetrise(new int[]{0, 1, 2}, new int[]{0, 1, 2}, 3, 3), 0, PHRASE_WORDS, true);

        assertThat(order.probability("meat", 2, false, true)).isZero();
        assertThat(order.headFirst("meat", 2, false, true)).isEmpty();
        assertThat(order.headFirst("standards", 0, false, true)).isEmpty();
    }

    @Test
    void aVerbsObjectAndANounLabelAreCountedApartAndAnArticleIsNoLink() {
        var order = new HeadOrder();
        for (String head : new String[]{"standards", "rules", "principles"}) {
            learnHeadFirst(order, "road", "safety", head, "normen");
            // "apply road safety X" ↔ "weg+ veiligheids+ X toepassen": the object keeps the head last
            order.learn(List.of("apply", "road", "safety", head),
                    List.of("weg" + LabelTokens.JOIN, "veiligheids" + LabelTokens.JOIN, head, "toepassen"),
                    Alignment.symmetrise(new int[]{1, 2, 3, 0}, new int[]{3, 0, 1, 2}, 4, 4), 1, PHRASE_WORDS, true);
        }
        // "food safety laws" ↔ "wetten voor de voedselveiligheid": head first, but "voor de" is no link
        order.learn(List.of("food", "safety", "laws"), List.of("wetten", "voor", "de", "voedsel" + LabelTokens.JOIN,
                        "veiligheid"),
                Alignment.symmetrise(new int[]{2, -1, -1, 0, 1}, new int[]{3, 4, 0}, 3, 5), 0, PHRASE_WORDS, true);

        assertThat(order.probability("unseen", 2, false, true)).isGreaterThan(0.5);
        assertThat(order.probability("unseen", 2, true, true)).isLessThan(0.5);
        assertThat(order.headFirst("unseen", 2, false, true).orElseThrow().link()).containsExactly("voor");
        assertThat(order.headFirst("laws", 2, false, true).orElseThrow().link()).as("the head's own link is an article")
                .containsExactly("voor");
    }

    @Test
    void anAdjectiveLikeFirstModifierKeepsTheHeadLastMoreOften() {
        var order = new HeadOrder();
        for (String head : new String[]{"standards", "rules", "principles", "laws"}) {
            learnHeadFirst(order, "road", "safety", head, "normen");
            // "electrical safety X" ↔ "elektrische veiligheids+ X": an adjective before a compound, head last
            order.learn(List.of("electrical", "safety", head),
                    List.of("elektrische", "veiligheids" + LabelTokens.JOIN, head),
                    Alignment.symmetrise(new int[]{0, 1, 2}, new int[]{0, 1, 2}, 3, 3), 0, PHRASE_WORDS, false);
        }

        assertThat(order.probability("unseen", 2, false, true)).isGreaterThan(0.5);
        assertThat(order.probability("unseen", 2, false, false)).isLessThan(0.5);
    }
}
