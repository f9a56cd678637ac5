package nl.vaardig.taxonomy.extract.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.taxonomy.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static Vocabulary vocabulary(String... dutchLabels) {
        Vocabulary v = new Vocabulary();
        LabelIndex.Builder nl = new LabelIndex.Builder(Namespace.NL, v);
        for (int i = 0; i < dutchLabels.length; i++) {
            nl.add(i, dutchLabels[i], SurfaceKind.PREFERRED_LABEL, 1f);
        }
        v.freeze();
        return v;
    }

    private static List<Integer> dutchTerms(Vocabulary v, String text) {
        TermStream stream = TermStream.of(Namespace.NL, Tokenizer.tokenize(text), v);
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = 0; i < stream.length(); i++) {
            out.add(stream.term(i));
        }
        return out;
    }

    @Test
    void unknownCompoundsSplitIntoKnownModifierAndHead() {
        Vocabulary v = vocabulary("klant service", "medewerker", "heftruck");
        int klant = v.lookup("klant").nl();
        int service = v.lookup("service").nl();
        int medewerker = v.lookup("medewerker").nl();
        assertThat(dutchTerms(v, "klantenservicemedewerker")).containsExactly(klant, service, medewerker);
        assertThat(dutchTerms(v, "heftruckcertificaat")).containsExactly(Vocabulary.UNKNOWN);
    }

    @Test
    void functionWordsAreLeftOutAndInflectionsShareAStem() {
        Vocabulary v = vocabulary("software ontwikkelen");
        assertThat(dutchTerms(v, "het ontwikkelen van de software")).containsExactly(
                v.lookup("ontwikkelen").nl(), v.lookup("software").nl());
        assertThat(v.lookup("ontwikkeling").nl()).isEqualTo(v.lookup("ontwikkelen").nl());
    }

    @Test
    void conjugatedVerbsAndPluralsMeetTheirLabelForms() {
        Vocabulary v = vocabulary("rapporteren", "bestellen", "rapportage");
        assertThat(v.lookup("rapporteert").nl()).isEqualTo(v.lookup("rapporteren").nl()).isNotEqualTo(Vocabulary.UNKNOWN);
        assertThat(v.lookup("bestelt").nl()).isEqualTo(v.lookup("bestellen").nl()).isNotEqualTo(Vocabulary.UNKNOWN);
        assertThat(v.lookup("rapportages").nl()).isEqualTo(v.lookup("rapportage").nl()).isNotEqualTo(Vocabulary.UNKNOWN);
        assertThat(v.lookup("plant").nl()).isEqualTo(Vocabulary.UNKNOWN);
    }

    @Test
    void languageNamesDoNotCollapseOntoCountries() {
        Vocabulary v = vocabulary("Nederlands", "Nederland");
        assertThat(v.lookup("nederlandse").nl()).isEqualTo(v.lookup("nederlands").nl());
        assertThat(v.lookup("nederland").nl()).isNotEqualTo(v.lookup("nederlands").nl());
    }
}
