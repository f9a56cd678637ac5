package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundSplitterTest {

    private final CompoundSplitter splitter =
            new CompoundSplitter(List.of("veiligheid", "beheer", "textiel", "droog", "machines", "chauf"));

    @Test
    void aCompoundKeepsItsLinkingSOnTheMarkedFirstPart() {
        assertThat(splitter.split("veiligheidsbeheer")).containsExactly("veiligheids+", "beheer");
    }

    @Test
    void theFirstPartIsSplitAgain() {
        assertThat(splitter.split("textieldroogmachines")).containsExactly("textiel+", "droog+", "machines");
    }

    @Test
    void aWordThatIsNotCoveredByListedWordsStaysWhole() {
        assertThat(splitter.split("chauffeur")).containsExactly("chauffeur");
        assertThat(splitter.split("beheer")).containsExactly("beheer");
    }

    @Test
    void joiningUndoesTheSplit() {
        assertThat(LabelTokens.join(splitter.split("textieldroogmachines"))).isEqualTo("textieldroogmachines");
        assertThat(LabelTokens.join(List.of("gegevens", ",", "informatie", "en", "digitale", "inhoud")))
                .isEqualTo("gegevens, informatie en digitale inhoud");
    }

    @Test
    void dutchSpellingOfPartsBeforeACoordinationAndOfAcronyms() {
        assertThat(LabelTokens.join(List.of("gezondheids+", "en", "veiligheids+", "voorschriften")))
                .isEqualTo("gezondheids- en veiligheidsvoorschriften");
        assertThat(LabelTokens.join(List.of("ICT+", "beheer"))).isEqualTo("ICT-beheer");
    }
}
