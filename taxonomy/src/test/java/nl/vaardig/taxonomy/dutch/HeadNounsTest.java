package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Dutch head noun voted over hand-aligned label pairs that share an English head. */
class HeadNounsTest {

    /** "X management" ↔ "X+ D": word by word. */
    private static void learnCompound(HeadNouns heads, String modifier, String dutchModifier, String dutchHead) {
        heads.learn(List.of(modifier, "management"), List.of(dutchModifier + LabelTokens.JOIN, dutchHead),
                Alignment.symmetrise(new int[]{0, 1}, new int[]{0, 1}, 2, 2));
    }

    @Test
    void theShareIsHowManyLabelsWithThatHeadUseTheDutchWord() {
        var heads = new HeadNouns();
        learnCompound(heads, "supplier", "leveranciers", "beheer");
        learnCompound(heads, "waste", "afval", "beheer");
        learnCompound(heads, "water", "water", "beheer");
        learnCompound(heads, "risk", "risico", "management");

        assertThat(heads.share("management", "beheer")).isEqualTo(0.75);
        assertThat(heads.share("management", "Management")).isEqualTo(0.25);
        assertThat(heads.share("management", "leiding")).isZero();
        assertThat(heads.share("supplier", "leveranciers")).as("a modifier is no head").isZero();
    }

    @Test
    void fewerThanThreeLabelsDoNotVote() {
        var heads = new HeadNouns();
        learnCompound(heads, "supplier", "leveranciers", "beheer");
        learnCompound(heads, "waste", "afval", "beheer");

        assertThat(heads.share("management", "beheer")).isZero();
    }

    @Test
    void theHeadPutFirstCountsItsOwnWordAndAHeadOnlyInACompoundsFirstPartDoesNot() {
        var heads = new HeadNouns();
        for (String modifier : List.of("minerals", "water", "tax")) {
            // "X laws" ↔ "wetten inzake X": laws → wetten
            heads.learn(List.of(modifier, "laws"), List.of("wetten", "inzake", modifier),
                    Alignment.symmetrise(new int[]{1, -1, 0}, new int[]{2, 0}, 2, 3));
        }
        for (int i = 0; i < 3; i++) {
            // "care home" ↔ "zorg+ instelling" aligned head → first part only: not counted
            heads.learn(List.of("care", "home"), List.of("zorg" + LabelTokens.JOIN, "instelling"),
                    Alignment.symmetrise(new int[]{1, 0}, new int[]{1, 0}, 2, 2));
        }

        assertThat(heads.share("laws", "wetten")).isEqualTo(1.0);
        assertThat(heads.share("home", "zorg" + LabelTokens.JOIN)).isZero();
        assertThat(heads.share("home", "instelling")).isZero();
    }
}
