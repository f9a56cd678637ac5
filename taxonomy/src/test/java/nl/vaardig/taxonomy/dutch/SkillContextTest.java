package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dutch words around a skill, and how they choose between the senses of an English word. */
class SkillContextTest {

    private static final Map<String, String> DUTCH_TEXT = Map.of(
            "occ/bestuurder", "Bestuurder. Leidt de raad van bestuur en de vergadering.",
            "occ/secretaris", "Secretaris. Notuleert de vergadering van de raad.",
            "occ/timmerman", "Timmerman. Zaagt een bord en een plank van hout.",
            "occ/schilder", "Schilder. Schildert de plank van hout.",
            "group/bestuur", "Bestuur en vergaderingen");

    private static final Map<String, List<String>> NEIGHBOURS = Map.of(
            "skill/chair-board", List.of("occ/bestuurder", "occ/secretaris", "group/bestuur"),
            "skill/paint-board", List.of("occ/timmerman", "occ/schilder"));

    private final SkillContext context = new SkillContext(DUTCH_TEXT, NEIGHBOURS, List::of);

    @Test
    void wordsOfTheSkillsNeighboursLiftAndWordsFoundEverywhereDoNot() {
        Map<String, Double> lift = context.lift("skill/chair-board");

        // "raad": in 2 of the 3 neighbours, 2 of the 5 concepts → 2/3 − 2/5
        assertThat(lift.get("raad")).isCloseTo(2.0 / 3 - 2.0 / 5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(lift).containsKey("vergadering").doesNotContainKeys("bord", "plank", "hout");
        // "van" is in 4 of the 5 concepts and in 2 of the 3 neighbours: less than its base rate, no lift
        assertThat(lift).doesNotContainKey("van");
        assertThat(context.lift("skill/paint-board")).containsKeys("bord", "plank", "hout").doesNotContainKey("raad");
    }

    @Test
    void aSkillWithoutNeighboursHasNoContext() {
        assertThat(context.lift("skill/unknown")).isEmpty();
        assertThat(SkillContext.none().lift("skill/chair-board")).isEmpty();
    }

    @Test
    void compoundPartsCountAsWordsOfTheirOwn() {
        var split = new SkillContext(Map.of("occ/a", "bestuursvergadering", "occ/b", "hout"),
                Map.of("skill/x", List.of("occ/a")), w -> w.equals("bestuursvergadering")
                ? List.of("bestuurs+", "vergadering") : List.of());

        assertThat(split.lift("skill/x")).containsKeys("bestuursvergadering", "bestuurs", "vergadering");
        assertThat(SkillContext.key("bestuurs+")).isEqualTo("bestuurs");
    }

    @Test
    void theContextChoosesBetweenTwoEquallyLearntSensesOfAWord() {
        var translator = LabelTranslator.train(List.of(
                new LabelTranslator.Example("board", "raad", false),
                new LabelTranslator.Example("board", "bord", false),
                new LabelTranslator.Example("members", "leden", false)), List.of());

        // "board members" was never seen whole: the search picks a sense of "board", the context decides which
        assertThat(translator.translate("board members", false, context.lift("skill/chair-board")).text())
                .contains("raad").doesNotContain("bord");
        assertThat(translator.translate("board members", false, context.lift("skill/paint-board")).text())
                .contains("bord").doesNotContain("raad");
        var supported = translator.translate("board", false, context.lift("skill/chair-board"));
        assertThat(supported.features()[QualityFeatures.CONTEXT_SHARE]).isEqualTo(1.0);
        assertThat(translator.translate("board", false).features()[QualityFeatures.CONTEXT_SHARE]).isZero();
    }
}
