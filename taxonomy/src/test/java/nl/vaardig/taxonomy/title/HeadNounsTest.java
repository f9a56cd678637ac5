package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.vaardig.taxonomy.analysis.DutchDecompounder;
import org.junit.jupiter.api.Test;

class HeadNounsTest {

    private final HeadNouns heads = HeadNouns.learn(List.of(
            new HeadNouns.Label(0, "Timmerman", 1.0, false),
            new HeadNouns.Label(1, "vrachtwagenchauffeur", 1.0, false),
            new HeadNouns.Label(2, "chauffeur", 0.5, false),
            new HeadNouns.Label(3, "magazijnmedewerker", 1.0, false),
            new HeadNouns.Label(4, "medewerker klantenservice", 1.0, false),
            new HeadNouns.Label(5, "algemeen verpleegkundige", 1.0, false),
            new HeadNouns.Label(6, "verpleegkundige", 1.0, false)),
            new DutchDecompounder(List.of("vrachtwagen", "chauffeur", "magazijn", "medewerker")));

    @Test
    void headsAreOneWordLabelsAndTheLastPartOfOneWordCompounds() {
        assertThat(heads.isHead("timmerman")).isTrue();
        assertThat(heads.isHead("vrachtwagenchauffeur")).isTrue();
        assertThat(heads.occupations("chauffeur")).containsEntry(2, 0.5).containsEntry(1, 0.5);
        assertThat(heads.occupations("medewerker")).containsOnlyKeys(3, 4);
        assertThat(heads.isHead("klantenservice")).as("the modifier of a multi-word label is no head").isFalse();
        assertThat(heads.isHead("algemeen")).isFalse();
    }

    @Test
    void aMultiWordLabelNamesTheHeadItContains() {
        assertThat(heads.occupations("verpleegkundige")).containsEntry(6, 1.0).containsEntry(5, 0.6);
    }

    @Test
    void aTitleFindsItsHeadFromTheEndOfItsLastWordOrFromItsFirstWord() {
        assertThat(heads.find("wijkverpleegkundige")).isEqualTo(new HeadNouns.Found("verpleegkundige", "wijk"));
        assertThat(heads.find("kinderverpleegkundige")).isEqualTo(new HeadNouns.Found("verpleegkundige", "kinder"));
        assertThat(heads.find("daktimmerman")).isEqualTo(new HeadNouns.Found("timmerman", "dak"));
        assertThat(heads.find("medewerker zwembad")).isEqualTo(new HeadNouns.Found("medewerker", "zwembad"));
        assertThat(heads.find("zwembad")).isNull();
        assertThat(heads.find("man")).as("no head shorter than four letters, no modifier shorter than three").isNull();
    }

    @Test
    void aThreeLetterOneWordLabelIsAHeadButAThreeLetterCompoundPartIsNot() {
        var learned = HeadNouns.learn(List.of(
                new HeadNouns.Label(0, "kok", 1.0, false),
                new HeadNouns.Label(1, "brandweerman", 1.0, false)),
                new DutchDecompounder(List.of("brandweer", "man")));
        assertThat(learned.find("scheepskok")).isEqualTo(new HeadNouns.Found("kok", "scheeps"));
        assertThat(learned.isHead("man")).isFalse();
        assertThat(learned.find("sportman")).isNull();
    }

    @Test
    void aOneWordNationalTitleLeftOutIsReadByItsEndingNotAsItsOwnHead() {
        var learned = HeadNouns.learn(List.of(
                new HeadNouns.Label(0, "timmerman", 1.0, false),
                new HeadNouns.Label(1, "daktimmerman", 1.0, true),
                new HeadNouns.Label(2, "verpleegkundige", 1.0, true),
                new HeadNouns.Label(2, "verpleegkundige", 1.0, false)),
                new DutchDecompounder(List.of("timmerman")));
        assertThat(learned.find("daktimmerman")).isEqualTo(new HeadNouns.Found("daktimmerman", ""));
        assertThat(learned.find("daktimmerman", "daktimmerman")).isEqualTo(new HeadNouns.Found("timmerman", "dak"));
        assertThat(learned.find("verpleegkundige", "verpleegkundige"))
                .as("an ESCO label keeps the head").isEqualTo(new HeadNouns.Found("verpleegkundige", ""));
    }
}
