package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The translator on a hand-made parallel corpus small enough to check word by word. */
class LabelTranslatorTest {

    private static LabelTranslator translator;

    @BeforeAll
    static void train() {
        List<LabelTranslator.Example> labels = List.of(
                new LabelTranslator.Example("apply safety rules", "veiligheidsregels toepassen", true),
                new LabelTranslator.Example("apply cleaning methods", "reinigingsmethoden toepassen", true),
                new LabelTranslator.Example("apply food rules", "voedselregels toepassen", true),
                new LabelTranslator.Example("clean machines", "machines reinigen", true),
                new LabelTranslator.Example("clean floors", "vloeren reinigen", true),
                new LabelTranslator.Example("safety rules", "veiligheidsregels", false),
                new LabelTranslator.Example("hygiene standards", "hygiënenormen", false),
                new LabelTranslator.Example("food", "voedsel", false),
                new LabelTranslator.Example("safety", "veiligheid", false),
                new LabelTranslator.Example("hygiene", "hygiëne", false),
                new LabelTranslator.Example("standards", "normen", false),
                new LabelTranslator.Example("rules", "regels", false),
                new LabelTranslator.Example("methods", "methoden", false),
                new LabelTranslator.Example("machines", "machines", false));
        List<EscoParallelData.TextPair> sentences = List.of(
                new EscoParallelData.TextPair("The rules of food safety.", "De regels van voedselveiligheid.", false),
                new EscoParallelData.TextPair("Cleaning of floors.", "Reiniging van vloeren.", false));
        translator = LabelTranslator.train(labels, sentences);
    }

    @Test
    void aVerbTemplateLearntFromThreePairsIsAppliedToAFourth() {
        var t = translator.translate("apply hygiene standards", true);

        assertThat(t.method()).isEqualTo("template");
        assertThat(LabelTokens.tokens(t.text())).containsExactly("hygiënenormen", "toepassen");
    }

    @Test
    void theVerbOfAnotherTemplateGoesLastToo() {
        var t = translator.translate("clean safety rules", true);

        assertThat(LabelTokens.tokens(t.text())).containsExactly("veiligheidsregels", "reinigen");
    }

    @Test
    void englishNounNounBecomesADutchCompoundFromLearntParts() {
        var t = translator.translate("food standards", false);

        assertThat(t.method()).isEqualTo("phrases");
        assertThat(t.text()).isEqualTo("voedselnormen");
    }

    @Test
    void aLabelSeenWholeIsReused() {
        var t = translator.translate("Hygiene standards", false);

        assertThat(t.method()).isEqualTo("whole-label");
        assertThat(t.text()).isEqualTo("hygiënenormen");
    }

    @Test
    void anUnknownWordIsCopiedAsWrittenAndLowersTheCoverage() {
        var known = translator.translate("apply hygiene standards", true);
        var unknown = translator.translate("apply Kanban standards", true);

        assertThat(LabelTokens.surface(unknown.text())).containsExactly("Kanban", "normen", "toepassen");
        assertThat(unknown.features()[0]).isLessThan(known.features()[0]);
    }
}
