package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenAgreementTest {

    @Test
    void exactIgnoresCaseAndWhitespaceOnly() {
        assertThat(TokenAgreement.of("Foto's  bewerken ", "foto’s bewerken").exact()).isTrue();
        assertThat(TokenAgreement.of("foto bewerken", "foto's bewerken").exact()).isFalse();
    }

    @Test
    void wordsAreCountedAsMultisets() {
        // generated 4 words, official 5, 3 shared ("toezicht", "houden", "op"; "levering" differs in form)
        var a = TokenAgreement.of("toezicht houden op leveringen", "toezicht houden op de levering");

        assertThat(a.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(a.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(a.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
    }

    @Test
    void aSumAveragesPerLabel() {
        var sum = new TokenAgreement.Sum();
        sum.add(TokenAgreement.of("a b", "a b"));
        sum.add(TokenAgreement.of("c", "d"));

        assertThat(sum.exact()).isEqualTo(0.5);
        assertThat(sum.f1()).isEqualTo(0.5);
    }
}
