package nl.vaardig.taxonomy.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DutchVerbLemmasTest {

    @Test
    void readsFormsAndSkipsLinesThatAreNoMapping() {
        var lemmas = DutchVerbLemmas.read(List.of("stelt\tstellen", "zonder-tab", "\tleeg", "leeg\t", "opgesteld\topstellen"));
        assertThat(lemmas.size()).isEqualTo(2);
        assertThat(lemmas.infinitivesOf("stelt")).containsExactly("stellen");
        assertThat(lemmas.infinitivesOf("zonder-tab")).isEmpty();
        assertThat(lemmas.isInfinitive("opstellen")).isTrue();
        assertThat(lemmas.isInfinitive("stelt")).isFalse();
    }

    @Test
    void theShippedTableKnowsRegularIrregularAndSeparableForms() {
        var lemmas = DutchVerbLemmas.shipped();
        assertThat(lemmas.infinitivesOf("neemt")).contains("nemen");
        assertThat(lemmas.infinitivesOf("ziet")).contains("zien");
        assertThat(lemmas.infinitivesOf("schrijft")).contains("schrijven");
        assertThat(lemmas.infinitivesOf("opgesteld")).contains("opstellen");
        assertThat(lemmas.isInfinitive("opstellen")).isTrue();
        assertThat(DutchVerbLemmas.isParticle("op")).isTrue();
        assertThat(DutchVerbLemmas.isParticle("het")).isFalse();
    }

    @Test
    void secondPersonAndStemsComeFromTheForms() {
        var lemmas = DutchVerbLemmas.read(List.of("stel\tstellen", "stelt\tstellen", "stelde\tstellen",
                "gesteld\tstellen", "zet\tzetten", "opgesteld\topstellen", "verpleeg\tverplegen", "verpleegt\tverplegen"));
        assertThat(lemmas.secondPerson("stellen")).contains("stelt");
        assertThat(lemmas.secondPerson("zetten")).contains("zet");
        assertThat(lemmas.secondPerson("opstellen")).isEmpty();
        assertThat(lemmas.stems()).containsExactly("stel", "verpleeg", "zet");
    }
}
