package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishCompoundsTest {

    private static final Map<String, List<String>> FIRST = Map.of("rain", List.of("regen"),
            "water", List.of("water"), "weather", List.of("weer"), "food", List.of("voedsel"), "non", List.of("niet"),
            "life", List.of("levens"));
    private static final Map<String, List<String>> LAST = Map.of("water", List.of("water"),
            "related", List.of("gerelateerd"), "surgical", List.of("chirurgisch"), "life",
            List.of("biowetenschappen"), "saving", List.of("besparing"));
    private static final Set<String> SPELLER = Set.of("regenwater", "weergerelateerd", "multimodaal",
            "niet-chirurgisch", "water", "biowetenschappenbesparing");

    private final EnglishCompounds compounds = new EnglishCompounds(w -> FIRST.getOrDefault(w, List.of()),
            w -> LAST.getOrDefault(w, List.of()), w -> w.equals("modal") ? Optional.of("modaal") : Optional.empty(),
            SPELLER::contains);

    @Test
    void aClosedCompoundOfTwoKnownPartsIsTheirDutchWordsJoinedWhenTheSpellerKnowsTheWord() {
        assertThat(compounds.dutch("rainwater")).hasValue("regenwater");
    }

    @Test
    void aHyphenatedCompoundIsJoinedOrHyphenatedAndAPartWithoutDutchIsTriedAsWritten() {
        assertThat(compounds.dutch("weather-related")).hasValue("weergerelateerd");
        assertThat(compounds.dutch("multi-modal")).hasValue("multimodaal");
        assertThat(compounds.dutch("non-surgical")).hasValue("niet-chirurgisch");
    }

    @Test
    void nothingWhenTheSpellerKnowsNoJoinedFormOrTheWordIsOnlyItsOwnParts() {
        assertThat(compounds.dutch("foodborne")).isEmpty();
        // a first part is a learnt compound first part ("levens+"), never the word's general translation
        assertThat(compounds.dutch("life-saving")).isEmpty();
        assertThat(compounds.dutch("rain-forest")).isEmpty();
        assertThat(compounds.dutch("water")).isEmpty();
    }
}
