package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobTitleNormalizerTest {

    private final JobTitleNormalizer normalizer = new JobTitleNormalizer();

    @Test
    void genderSeniorityAndHoursAreRemoved() {
        NormalizedTitle t = normalizer.normalize("Senior Verpleegkundige IC (m/v/x) 32-36 uur");
        assertThat(t.query()).isEqualTo("verpleegkundige ic");
        assertThat(t.ignored()).containsExactly("m/v/x", "senior", "32", "36", "uur");
        assertThat(normalizer.normalize("Orderpicker (fulltime)").ignored()).containsExactly("(fulltime)");
    }

    @Test
    void sideEntryWordsAreRemovedButTheOccupationStays() {
        assertThat(normalizer.normalize("Zij-instromer docent wiskunde").query()).isEqualTo("docent wiskunde");
        assertThat(normalizer.normalize("Herintreder verzorgende IG, parttime").query()).isEqualTo("verzorgende ig");
    }

    @Test
    void aTrailingPlaceIsRemovedButADescriptiveSuffixIsKept() {
        assertThat(normalizer.normalize("Kok - Utrecht").query()).isEqualTo("kok");
        assertThat(normalizer.normalize("Medewerker klantenservice - Engelstalig").query())
                .isEqualTo("medewerker klantenservice engelstalig");
    }

    @Test
    void meaningfulWordsInBracketsAreKeptAndMedewerkerIsNotNoise() {
        assertThat(normalizer.normalize("Monteur (elektro) m/v").query()).isEqualTo("monteur elektro");
        assertThat(normalizer.normalize("Medewerker bediening").query()).isEqualTo("medewerker bediening");
    }

    @Test
    void aTeachingGradeSuffixIsRemovedAsAWhole() {
        NormalizedTitle t = normalizer.normalize("Docent Engels (1e/2e graads)");
        assertThat(t.query()).isEqualTo("docent engels");
        assertThat(t.ignored()).containsExactly("(1e/2e graads)");
        assertThat(normalizer.normalize("Docent wiskunde 2e-graads").query()).isEqualTo("docent wiskunde");
        assertThat(normalizer.normalize("Eerstegraads docent biologie").query()).isEqualTo("docent biologie");
        assertThat(normalizer.normalize("Graadsmeter").query()).as("only the suffix, not a word").isEqualTo("graadsmeter");
    }

    @Test
    void aTitleOfOnlyNoiseIsKeptRatherThanEmptied() {
        assertThat(normalizer.normalize("Senior").query()).isEqualTo("senior");
        assertThat(normalizer.normalize("  ").query()).isEmpty();
    }
}
