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
}
