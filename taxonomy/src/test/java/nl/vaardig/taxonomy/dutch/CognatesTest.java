package nl.vaardig.taxonomy.dutch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CognatesTest {

    @Test
    void everyEndingSeenThreeTimesIsACandidateMostFrequentFirstWhileSpellKeepsOnlyAReliableMajority() {
        var cognates = new Cognates();
        for (String[] pair : new String[][]{{"organisation", "organisatie"}, {"vaccination", "vaccinatie"},
                {"ventilation", "ventilatie"}, {"installation", "installatie"}, {"modernisation", "modernisering"},
                {"normalisation", "normalisering"}, {"legalisation", "legalisering"}}) {
            cognates.learn(pair[0], pair[1]);
        }

        assertThat(cognates.candidates("vulcanisation")).startsWith("vulcanisering", "vulcanisatie");
        assertThat(cognates.candidates("plantation")).contains("plantatie").doesNotContain("plantering");
        assertThat(cognates.spell("plantation")).hasValue("plantatie");
        assertThat(cognates.candidates("emboss")).isEmpty();
    }
}
