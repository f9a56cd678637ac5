package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Noun labels remembered whole for reuse inside longer labels. */
class LabelPhrasesTest {

    @Test
    void aNounLabelOfTwoOrMoreWordsIsRememberedWithItsDutchTokens() {
        var phrases = new LabelPhrases();
        phrases.learn(List.of("personal", "protective", "equipment"),
                List.of("persoonlijke", "beschermings+", "middelen"));
        phrases.learn(List.of("safety"), List.of("veiligheid"));
        phrases.finish();

        assertThat(phrases.of(List.of("personal", "protective", "equipment")))
                .hasValueSatisfying(e -> {
                    assertThat(e.dutch()).containsExactly("persoonlijke", "beschermings+", "middelen");
                    assertThat(e.count()).isEqualTo(1);
                    assertThat(e.share()).isEqualTo(1.0);
                });
        assertThat(phrases.of(List.of("safety"))).as("one word is the phrase table's job").isEmpty();
        assertThat(phrases.of(List.of("protective", "equipment"))).as("only whole labels").isEmpty();
        assertThat(phrases.longest()).isEqualTo(3);
        assertThat(phrases.size()).isEqualTo(1);
    }

    @Test
    void theMostFrequentDutchFormWinsAndALabelWithoutAMajorityIsDropped() {
        var phrases = new LabelPhrases();
        phrases.learn(List.of("food", "safety"), List.of("voedsel+", "veiligheid"));
        phrases.learn(List.of("food", "safety"), List.of("voedsel+", "veiligheid"));
        phrases.learn(List.of("food", "safety"), List.of("veiligheid", "van", "voedsel"));
        for (List<String> dutch : List.of(List.of("kwaliteits+", "beheer"), List.of("kwaliteits+", "zorg"),
                List.of("kwaliteit", "beheren"))) {
            phrases.learn(List.of("quality", "management"), dutch);
        }
        phrases.finish();

        assertThat(phrases.of(List.of("food", "safety")).orElseThrow().dutch())
                .containsExactly("voedsel+", "veiligheid");
        assertThat(phrases.of(List.of("food", "safety")).orElseThrow().share()).isEqualTo(2.0 / 3);
        assertThat(phrases.of(List.of("quality", "management"))).as("a third each: no established term").isEmpty();
    }

    @Test
    void aRememberedLabelGivesWayToAnotherDutchFormThePhraseTableSawMoreOften() {
        var phrases = new LabelPhrases();
        phrases.learn(List.of("control", "systems"), List.of("regel+", "systemen"));
        phrases.finish();
        var remembered = phrases.of(List.of("control", "systems")).orElseThrow();

        assertThat(remembered.outvotedBy(List.of(
                new PhraseTable.Option(List.of("controle+", "systemen"), 0.8, 0.9, 4.0),
                new PhraseTable.Option(List.of("regel+", "systemen"), 0.2, 1.0, 1.0)))).isTrue();
        assertThat(remembered.outvotedBy(List.of(
                new PhraseTable.Option(List.of("controle+", "systemen"), 0.5, 0.9, 1.0),
                new PhraseTable.Option(List.of("regel+", "systemen"), 0.5, 1.0, 1.0))))
                .as("seen as often: the label's own form stands").isFalse();
        assertThat(remembered.outvotedBy(List.of(new PhraseTable.Option(List.of("regel+", "systemen"), 1, 1, 9.0))))
                .isFalse();
        assertThat(remembered.outvotedBy(List.of())).as("longer than the phrase table's spans").isFalse();
    }
}
