package nl.vaardig.taxonomy.dutch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DutchVerbFormsTest {

    /** A stand-in speller: the forms a Dutch dictionary has, and a few it would reject. */
    private static final Set<String> KNOWN = Set.of("stellen", "stel", "stelt", "stelde", "stelden", "gesteld",
            "opstellen", "opstel", "opstelt", "opstelde", "opgesteld", "opgestelde", "nemen", "neem", "neemt",
            "werken", "werk", "werkt", "werkte", "gewerkt", "bewaken", "bewaak", "bewaakt", "bewaakte", "zien", "zie",
            "ziet", "schrijven", "schrijf", "schrijft", "regelen", "regel", "regelt", "regelde", "geregeld");

    private final DutchVerbForms verbs = new DutchVerbForms(KNOWN::contains);

    @Test
    void stemsFollowDutchSpelling() {
        assertThat(DutchVerbForms.stems("stellen")).containsExactly("stel");
        assertThat(DutchVerbForms.stems("nemen")).containsExactly("nem", "neem");
        assertThat(DutchVerbForms.stems("schrijven")).containsExactly("schrijf");
        assertThat(DutchVerbForms.stems("zien")).containsExactly("zie");
        assertThat(DutchVerbForms.stems("gaan")).containsExactly("ga");
    }

    @Test
    void formsAreKeptOnlyWhenTheSpellerKnowsThem() {
        assertThat(verbs.forms("stellen")).containsExactlyInAnyOrder("stel", "stelt", "stelde", "stelden", "gesteld");
        assertThat(verbs.forms("nemen")).containsExactlyInAnyOrder("neem", "neemt");
        assertThat(verbs.forms("werken")).containsExactlyInAnyOrder("werk", "werkt", "werkte", "gewerkt");
        assertThat(verbs.forms("regelen")).containsExactlyInAnyOrder("regel", "regelt", "regelde", "geregeld");
    }

    @Test
    void separableVerbsPutGeAfterTheirParticleAndUnstressedPrefixesTakeNone() {
        assertThat(verbs.separableParticle("opstellen")).isEqualTo("op");
        assertThat(verbs.forms("opstellen")).containsExactlyInAnyOrder("opstel", "opstelt", "opstelde", "opgesteld", "opgestelde");
        assertThat(verbs.forms("bewaken")).containsExactlyInAnyOrder("bewaak", "bewaakt", "bewaakte");
    }

    @Test
    void aWordTheSpellerDoesNotKnowHasNoForms() {
        assertThat(verbs.forms("stellem")).isEmpty();
        assertThat(verbs.separableParticle("stellen")).isNull();
    }
}
