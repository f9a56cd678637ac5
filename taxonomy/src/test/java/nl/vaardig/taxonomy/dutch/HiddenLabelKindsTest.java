package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The kinds of the hidden generated labels, first kind that applies. */
class HiddenLabelKindsTest {

    private static final Predicate<String> SPELLER = Set.of("bedienen", "onderdelen", "als", "contactpersoon",
            "tijdens", "incident", "houden", "gegevens", "meel", "lossen", "apparatuur", "controleren", "vulcanisatie")::contains;

    private static String kind(String english, boolean competence, String generated, String method) {
        return HiddenLabelKinds.kind(new EscoParallelData.Skill("s", english, competence, ""),
                new GeneratedLabel(generated, 0.2, method), false, SPELLER);
    }

    @Test
    void eachHiddenLabelGetsTheFirstKindThatApplies() {
        assertThat(kind("operate middlings purifier", true, "middlings purifier bedienen", "template"))
                .isEqualTo("English word left in");
        assertThat(kind("act as contact person during incident", true,
                "als contactpersoon tijdens incident treden", "verb-last")).isEqualTo("long or multi-clause");
        assertThat(kind("cold vulcanisation", false, "koelvulcanisatie", "phrases"))
                .isEqualTo("form the speller rejects");
        assertThat(kind("keep records", true, "gegevens houden", "verb-last")).isEqualTo("verb without a learnt frame");
        assertThat(kind("monitor flour unloading equipment", true, "meel lossen apparatuur controleren", "template"))
                .isEqualTo("all Dutch, wrong term/sense/compound");
        assertThat(HiddenLabelKinds.kind(new EscoParallelData.Skill("s", "speak Ests", true, ""),
                new GeneratedLabel("Ests spreken", 0.2, "template"), true, SPELLER)).isEqualTo("language skill");
    }
}
