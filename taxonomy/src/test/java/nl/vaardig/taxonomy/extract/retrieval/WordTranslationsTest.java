package nl.vaardig.taxonomy.extract.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.vaardig.taxonomy.analysis.VaardigAnalyzers;
import org.junit.jupiter.api.Test;

class WordTranslationsTest {

    private static SkillDocument concept(int ordinal, String dutch, double dutchWeight, String english) {
        return new SkillDocument(ordinal, "http://data.europa.eu/esco/skill/" + ordinal,
                List.of(new SkillDocument.WeightedLabel(dutch, dutchWeight)),
                List.of(new SkillDocument.WeightedLabel(english, 1.0)), "", "", List.of(), List.of(), 1);
    }

    private static List<String> english(WordTranslations translations, String dutchWord) {
        String term = VaardigAnalyzers.terms(VaardigAnalyzers.dutchSentences(), dutchWord).getFirst();
        return Stream.of(translations.of(term)).map(WordTranslations.Translation::english).toList();
    }

    private static String stem(String englishWord) {
        return VaardigAnalyzers.terms(VaardigAnalyzers.english(), englishWord).getFirst();
    }

    @Test
    void weakLabelsTeachTranslationsWhenEveryLabelCounts() {
        // two skills whose only Dutch labels are weak (generated, or a broad crosswalk mapping)
        SkillTerms weak = SkillTerms.of(List.of(concept(0, "vloer dweilen", 0.3, "mop floor"),
                concept(1, "vloer leggen", 0.3, "lay floor")), false);

        assertThat(english(WordTranslations.learn(List.of(weak), WordTranslations.SAFE_LABEL), "vloer")).isEmpty();
        assertThat(english(WordTranslations.learn(List.of(weak), WordTranslations.ANY_LABEL), "vloer"))
                .contains(stem("floor"));
    }

    @Test
    void occupationsAddPairsToTheSkills() {
        SkillTerms skills = SkillTerms.of(List.of(concept(0, "vloer dweilen", 1.0, "mop floor")), false);
        SkillTerms occupations = SkillTerms.of(List.of(concept(0, "vloerenlegger", 1.0, "floor layer"),
                concept(1, "vloer installateur", 1.0, "floor installer")), false);

        // one skill alone is no evidence (a pair must be seen twice)
        assertThat(english(WordTranslations.learn(List.of(skills), WordTranslations.ANY_LABEL), "vloer")).isEmpty();
        assertThat(english(WordTranslations.learn(List.of(skills, occupations), WordTranslations.ANY_LABEL), "vloer"))
                .contains(stem("floor"));
    }

    private static SkillDocument sentencePair(int ordinal, String dutch, String english) {
        return concept(ordinal, dutch, 1.0, english);
    }

    /** Two labels that translate "goederen" as "merchandise". */
    private static final SkillTerms GOODS_LABELS = SkillTerms.of(List.of(
            concept(0, "goederen opslaan", 1.0, "store merchandise"),
            concept(1, "goederen verkopen", 1.0, "sell merchandise")), false);
    /** Aligned description sentences: "tillen" with "lift" three times, "goederen" with "goods" three times. */
    private static final SkillTerms LIFTING_AND_GOODS_SENTENCES = SkillTerms.of(List.of(
            sentencePair(0, "Zij tillen dozen in het magazijn.", "They lift boxes in the warehouse."),
            sentencePair(1, "Zij tillen patiënten uit bed.", "They lift patients out of bed."),
            sentencePair(2, "Zij tillen zware lasten.", "They lift heavy loads."),
            sentencePair(3, "Zij verpakken goederen.", "They pack goods."),
            sentencePair(4, "Zij sorteren goederen.", "They sort goods."),
            sentencePair(5, "Zij vervoeren goederen.", "They transport goods.")), false);

    @Test
    void descriptionSentencesTranslateWordsNoLabelHasAndAddToTheLabelsTranslations() {
        // "tillen" is in no label; three aligned description sentences pair it with "lift"
        WordTranslations fromLabels = WordTranslations.learn(List.of(GOODS_LABELS), WordTranslations.ANY_LABEL);
        WordTranslations fromSentences = WordTranslations.learnFromSentences(LIFTING_AND_GOODS_SENTENCES);

        assertThat(english(fromLabels, "tillen")).isEmpty();
        assertThat(english(fromSentences, "tillen")).containsExactly(stem("lift"));
        WordTranslations both = fromLabels.merged(fromSentences, WordTranslations.Merge.UNION);
        assertThat(english(both, "tillen")).containsExactly(stem("lift"));
        // a word both teach keeps the translations of each
        assertThat(english(fromLabels, "goederen")).containsExactly(stem("merchandise"));
        assertThat(english(fromSentences, "goederen")).containsExactly(stem("goods"));
        assertThat(english(both, "goederen")).containsExactlyInAnyOrder(stem("merchandise"), stem("goods"));
    }

    @Test
    void labelsFirstKeepsALabelTranslatedWordAsLabelsSayAndFillsTheOthersFromSentences() {
        WordTranslations fromLabels = WordTranslations.learn(List.of(GOODS_LABELS), WordTranslations.ANY_LABEL);
        WordTranslations fromSentences = WordTranslations.learnFromSentences(LIFTING_AND_GOODS_SENTENCES);

        WordTranslations labelsFirst = fromLabels.merged(fromSentences, WordTranslations.Merge.LABELS_FIRST);
        assertThat(english(labelsFirst, "tillen")).containsExactly(stem("lift"));
        assertThat(english(labelsFirst, "goederen")).containsExactly(stem("merchandise"));
        assertThat(english(fromLabels.merged(fromSentences, WordTranslations.Merge.UNION), "goederen"))
                .contains(stem("goods"));
    }

    @Test
    void aTableWrittenAndReadBackIsTheSame() throws java.io.IOException {
        WordTranslations table = WordTranslations.learn(List.of(SkillTerms.of(List.of(
                concept(0, "goederen opslaan", 1.0, "store merchandise"),
                concept(1, "goederen verkopen", 1.0, "sell merchandise")), false)), WordTranslations.ANY_LABEL);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            table.write(out);
        }
        WordTranslations read = WordTranslations.read(new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray())));

        assertThat(read).isEqualTo(table);
        assertThat(read.size()).isPositive();
        assertThat(english(read, "goederen")).containsExactly(stem("merchandise"));
    }

    @Test
    void twoSentencesAreNotEnoughEvidence() {
        SkillTerms sentences = SkillTerms.of(List.of(
                sentencePair(0, "Zij tillen dozen.", "They lift boxes."),
                sentencePair(1, "Zij tillen patiënten.", "They lift patients.")), false);

        assertThat(english(WordTranslations.learnFromSentences(sentences), "tillen")).isEmpty();
    }
}
