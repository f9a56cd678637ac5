package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The translator on a hand-made parallel corpus small enough to check word by word. */
class LabelTranslatorTest {

    private static LabelTranslator translator;

    private static final List<LabelTranslator.Example> LABELS = List.of(
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
    private static final List<EscoParallelData.TextPair> SENTENCES = List.of(
            new EscoParallelData.TextPair("The rules of food safety.", "De regels van voedselveiligheid.", false),
            new EscoParallelData.TextPair("Cleaning of floors.", "Reiniging van vloeren.", false));

    @BeforeAll
    static void train() {
        translator = LabelTranslator.train(LABELS, SENTENCES);
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

    @Test
    void anEnglishWordLeftInIsCountedAsUnknownDutch() {
        var t = translator.translate("clean screed", true);

        assertThat(t.text()).contains("screed");
        assertThat(t.features()[QualityFeatures.UNKNOWN_SHARE]).isEqualTo(0.5);
        assertThat(translator.translate("clean floors", true).features()[QualityFeatures.UNKNOWN_SHARE]).isZero();
    }

    @Test
    void aWordTheParallelDataNeverHadIsTakenFromTheBilingualDictionaryAndKnownToTheSpeller() {
        var dictionary = BilingualDictionary.empty();
        dictionary.add("screed", "dekvloer");
        dictionary.add("screed", "betonvloer");
        var withDictionary = LabelTranslator.train(LABELS, SENTENCES, List.of("De dekvloer is droog."),
                new DutchLexicon(dictionary, "dekvloer"::equals));

        var t = withDictionary.translate("clean screed", true);

        assertThat(LabelTokens.tokens(t.text())).containsExactly("dekvloer", "reinigen");
        assertThat(t.features()[QualityFeatures.UNKNOWN_SHARE]).isZero();
        assertThat(t.features()[QualityFeatures.DICTIONARY_SHARE]).as("dictionary share").isEqualTo(0.5);
    }

    @Test
    void aWordOnlyOtherLanguagesTranslateTakesTheirDutchUnlessItIsDutchAsItIsOrEscoNeverWritesIt(@TempDir Path dictd)
            throws java.io.IOException {
        DictdFiles.write(dictd, "freedict-eng-nld", List.of("socket /s/\nhouder\n"));
        DictdFiles.write(dictd, "freedict-nld-eng", List.of("houder /h/\nholder\n"));
        DictdFiles.write(dictd, "freedict-eng-deu", List.of("screed /s/\nEstrich, Unterboden\n",
                "lading /l/\nLadung, Fracht\n", "gravel /g/\nKies, Schotter\n"));
        DictdFiles.write(dictd, "freedict-deu-nld", List.of("Estrich /e/\ndekvloer\n", "Unterboden /u/\ndekvloer\n",
                "Ladung /l/\nvracht\n", "Fracht /f/\nvracht\n", "Kies /k/\ngrind\n", "Schotter /s/\ngrind\n"));
        var speller = java.util.Set.of("dekvloer", "vracht", "lading", "grind");
        var lexicon = new DutchLexicon(BilingualDictionary.read(dictd, speller::contains), speller::contains, true);
        var withPivots = LabelTranslator.train(LABELS, SENTENCES,
                List.of("De dekvloer is droog.", "De vracht is zwaar."), lexicon);

        assertThat(LabelTokens.tokens(withPivots.translate("clean screed", true).text()))
                .containsExactly("dekvloer", "reinigen");
        assertThat(LabelTokens.tokens(withPivots.translate("clean lading", true).text()))
                .as("'lading' is a Dutch word too: copied, not 'vracht'").containsExactly("lading", "reinigen");
        assertThat(LabelTokens.tokens(withPivots.translate("clean gravel", true).text()))
                .as("no ESCO Dutch text writes 'grind'").containsExactly("gravel", "reinigen");
    }

    @Test
    void aPluralWithoutAPhraseOfItsOwnTakesTheTranslationOfItsSingular() {
        var t = translator.translate("foods", false);

        assertThat(t.text()).isEqualTo("voedsel");
        assertThat(t.features()[QualityFeatures.UNKNOWN_SHARE]).isZero();
    }

    @Test
    void anEnglishCompoundNeverSeenBecomesADutchCompoundOfItsParts() {
        assertThat(translator.translate("foodsafety", false).text()).isEqualTo("voedselveiligheid");
        assertThat(translator.translate("food-hygiene", false).text()).isEqualTo("voedselhygiëne");
    }

    @Test
    void theTemplateVerbsSupportIsTheShareOfTrainingLabelsEndingInIt() {
        var t = translator.translate("apply hygiene standards", true);

        assertThat(t.features()[QualityFeatures.VERB_SUPPORT]).isEqualTo(1.0);
        assertThat(translator.translate("hygiene standards", false).features()[QualityFeatures.VERB_SUPPORT]).isZero();
    }

    @Test
    void aVerbWithoutATemplateTakesTheInfinitiveItsTrainingLabelsEndWith() {
        var labels = new java.util.ArrayList<>(LABELS);
        // two templates seen once each ("X snel samenstellen", "X samenstellen"): no template, one verb twice; the
        // word alone is mostly "verzamelen", the phrase table's choice
        labels.add(new LabelTranslator.Example("compile rules", "regels snel samenstellen", true));
        labels.add(new LabelTranslator.Example("compile methods", "methoden samenstellen", true));
        for (int i = 0; i < 3; i++) {
            labels.add(new LabelTranslator.Example("compile", "verzamelen", true));
        }
        var trained = LabelTranslator.train(labels, SENTENCES);

        var t = trained.translate("compile hygiene standards", true);

        assertThat(t.method()).as(t.text()).isEqualTo("verb-last");
        assertThat(t.text()).isEqualTo("hygiënenormen samenstellen");
        assertThat(t.features()[QualityFeatures.VERB_SUPPORT]).isEqualTo(1.0);
    }

    @Test
    void aVerbNothingTranslatesBecomesADutchLoanVerbLastWhenTheSpellerKnowsIt() {
        var withSpeller = LabelTranslator.train(LABELS, SENTENCES, List.of(),
                new DutchLexicon(BilingualDictionary.empty(), java.util.Set.of("embossen")::contains, true));

        var loan = withSpeller.translate("emboss floors", true);

        assertThat(loan.method()).isEqualTo("verb-last");
        assertThat(loan.text()).isEqualTo("vloeren embossen");
        assertThat(loan.features()[QualityFeatures.UNKNOWN_SHARE]).isZero();
        assertThat(translator.translate("emboss floors", true).text()).as("no speller, no loan")
                .isEqualTo("emboss vloeren");
    }

    @Test
    void anEnglishWordTheDutchTextCopiedIsSpelledTheLearntDutchWayWhenTheSpellerKnowsThatSpelling() {
        var labels = new java.util.ArrayList<>(LABELS);
        labels.add(new LabelTranslator.Example("pathology", "pathologie", false));
        labels.add(new LabelTranslator.Example("cardiology", "cardiologie", false));
        labels.add(new LabelTranslator.Example("dermatology", "dermatologie", false));
        var sentences = new java.util.ArrayList<>(SENTENCES);
        sentences.add(new EscoParallelData.TextPair("Ecology of rules.", "Ecology van regels.", false));
        var speller = java.util.Set.of("ecologie", "regels");

        var withSpeller = LabelTranslator.train(labels, sentences, List.of(),
                new DutchLexicon(BilingualDictionary.empty(), speller::contains, true));

        assertThat(withSpeller.translate("ecology", false).text()).isEqualTo("ecologie");
        assertThat(withSpeller.translate("Ecology", false).text()).as("a name keeps its spelling")
                .isEqualToIgnoringCase("ecology");
        assertThat(LabelTranslator.train(labels, sentences).translate("ecology", false).text())
                .as("no speller: the learnt copy stays").isEqualTo("ecology");
    }

    @Test
    void anAcronymBeforeANounBecomesAHyphenatedCompoundButNotBeforeTheVerb() {
        assertThat(translator.translate("clean ICT rules", true).text()).isEqualTo("ICT-regels reinigen");
        assertThat(translator.translate("clean ICT", true).text()).isEqualTo("ICT reinigen");
        assertThat(translator.translate("clean ICT for rules", true).text()).as("not before a linking word")
                .startsWith("ICT ");
    }
    @Test
    void aFirstPartTakesTheLinkingSWhenOnlyThatCompoundIsDutch() {
        var labels = new java.util.ArrayList<>(LABELS);
        labels.add(new LabelTranslator.Example("supplier", "leverancier", false));
        labels.add(new LabelTranslator.Example("management", "beheer", false));
        labels.add(new LabelTranslator.Example("safety management", "veiligheidsbeheer", false));
        var speller = java.util.Set.of("leverancier", "beheer", "veiligheidsbeheer", "leveranciersbeheer");
        var withSpeller = LabelTranslator.train(labels, SENTENCES, List.of(),
                new DutchLexicon(BilingualDictionary.empty(), speller::contains, true));

        assertThat(withSpeller.translate("supplier management", false).text()).isEqualTo("leveranciersbeheer");
        assertThat(LabelTranslator.train(labels, SENTENCES).translate("supplier management", false).text())
                .as("no speller: no linking s made up").doesNotContain("leveranciers");
    }

    @Test
    void twoNounsLeftSideBySideAreGluedWhenTheFirstWasACompoundPartButAnAdjectiveIsNot() {
        var labels = new java.util.ArrayList<>(LABELS);
        labels.add(new LabelTranslator.Example("brake", "rem", false));
        labels.add(new LabelTranslator.Example("brakes", "remmen", false));
        labels.add(new LabelTranslator.Example("brake pads", "remblokken", false));
        labels.add(new LabelTranslator.Example("pads", "blokken", false));
        // labels whose writers left "rem" a word of its own: the search learns a low compound rate for "brake"
        labels.add(new LabelTranslator.Example("brake rules", "rem regels", false));
        labels.add(new LabelTranslator.Example("brake methods", "rem methoden", false));
        labels.add(new LabelTranslator.Example("brake standards", "rem normen", false));
        labels.add(new LabelTranslator.Example("brake machines", "rem machines", false));
        labels.add(new LabelTranslator.Example("internal", "interne", false));
        labels.add(new LabelTranslator.Example("internal rules", "interne regels", false));
        labels.add(new LabelTranslator.Example("internal safety", "interne veiligheid", false));
        labels.add(new LabelTranslator.Example("internal hygiene", "interne hygiëne", false));
        labels.add(new LabelTranslator.Example("internal methods", "interne methoden", false));
        labels.add(new LabelTranslator.Example("system", "systeem", false));
        labels.add(new LabelTranslator.Example("systems", "systemen", false));
        // the speller accepts both joined forms; only "rem+" was a compound part in the training Dutch
        var speller = java.util.Set.of("rem", "remsysteem", "systeem", "interne", "internesysteem");
        var withSpeller = LabelTranslator.train(labels, SENTENCES, List.of(),
                new DutchLexicon(BilingualDictionary.empty(), speller::contains, true));

        assertThat(withSpeller.translate("brake system", false).text()).isEqualTo("remsysteem");
        assertThat(withSpeller.translate("internal system", false).text()).isEqualTo("interne systeem");
    }

    @Test
    void theHeadNounTakesTheDutchWordItsSiblingLabelsUseOverThePooledPhraseTable() {
        var labels = new java.util.ArrayList<>(LABELS);
        labels.add(new LabelTranslator.Example("risk", "risico", false));
        labels.add(new LabelTranslator.Example("waste", "afval", false));
        labels.add(new LabelTranslator.Example("water", "water", false));
        labels.add(new LabelTranslator.Example("energy", "energie", false));
        labels.add(new LabelTranslator.Example("administration", "beheer", false));
        // three labels with the head "management": Dutch "beheer" each time
        labels.add(new LabelTranslator.Example("waste management", "afvalbeheer", false));
        labels.add(new LabelTranslator.Example("water management", "waterbeheer", false));
        labels.add(new LabelTranslator.Example("energy management", "energiebeheer", false));
        var sentences = new java.util.ArrayList<>(SENTENCES);
        // more description sentences where "management" is leadership: the pooled phrase table prefers "leiding"
        for (String[] adjective : new String[][]{{"good", "goede"}, {"strong", "sterke"}, {"weak", "zwakke"},
                {"clear", "duidelijke"}, {"bad", "slechte"}, {"new", "nieuwe"}, {"calm", "rustige"},
                {"firm", "vaste"}}) {
            sentences.add(new EscoParallelData.TextPair(adjective[0] + " management.", adjective[1] + " leiding.",
                    false));
        }
        var trained = LabelTranslator.train(labels, sentences);

        assertThat(trained.translate("management of waste", false).text()).as("not a head: the pooled choice")
                .startsWith("leiding");
        assertThat(trained.translate("risk management", false).text()).as("as a label's head the siblings' choice")
                .endsWith("beheer");
    }

    @Test
    void aHeadWithTwoModifiersGoesFirstWithTheLinkingWordItsLabelsUseWhileOneModifierStaysACompound() {
        var labels = new java.util.ArrayList<>(LABELS);
        for (String[] word : new String[][]{{"water", "water"}, {"quality", "kwaliteit"}, {"fire", "brand"},
                {"waste", "afval"}, {"disposal", "verwijdering"}, {"cleaning", "reiniging"}}) {
            labels.add(new LabelTranslator.Example(word[0], word[1], false));
        }
        labels.add(new LabelTranslator.Example("water quality standards", "normen voor waterkwaliteit", false));
        labels.add(new LabelTranslator.Example("food safety standards", "normen voor voedselveiligheid", false));
        labels.add(new LabelTranslator.Example("fire safety rules", "regels voor brandveiligheid", false));
        labels.add(new LabelTranslator.Example("waste disposal rules", "regels voor afvalverwijdering", false));
        var nounsOnly = LabelTranslator.train(labels, SENTENCES);
        labels.add(new LabelTranslator.Example("apply water quality standards", "normen voor waterkwaliteit toepassen",
                true));
        labels.add(new LabelTranslator.Example("apply waste disposal rules", "regels voor afvalverwijdering toepassen",
                true));
        var trained = LabelTranslator.train(labels, SENTENCES);

        assertThat(trained.translate("food hygiene methods", false).text()).isEqualTo("methoden voor voedselhygiëne");
        assertThat(trained.translate("apply fire safety methods", true).text())
                .isEqualTo("methoden voor brandveiligheid toepassen");
        assertThat(trained.translate("food methods", false).text()).isEqualTo("voedselmethoden");
        assertThat(nounsOnly.translate("apply fire safety methods", true).text()).as("objects are counted apart")
                .isEqualTo("brandveiligheid methoden toepassen");
        assertThat(translator.translate("food hygiene methods", false).text()).as("no head-first labels learnt")
                .startsWith("voedselhygiëne").endsWith("methoden");
    }

    @Test
    void aNounLabelSeenWholeInTrainingIsCopiedAsTheObjectOfALongerLabelBeyondThePhraseTablesReach() {
        var labels = new java.util.ArrayList<>(LABELS);
        // five English words, one Dutch word: longer than any phrase-table span, and no part aligns alone
        labels.add(new LabelTranslator.Example("hazard analysis critical control points", "HACCP", false));
        var trained = LabelTranslator.train(labels, SENTENCES);

        assertThat(LabelTokens.tokens(trained.translate("apply hazard analysis critical control points", true).text()))
                .containsExactly("haccp", "toepassen");
        assertThat(LabelTokens.tokens(trained.translate("apply hazard analysis", true).text()))
                .as("a part of the label is not the label").doesNotContain("haccp");
    }
}
