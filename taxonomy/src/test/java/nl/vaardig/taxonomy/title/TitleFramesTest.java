package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFramesTest {

    @Test
    void rolesSeparatedByASlashEachGetTheBranch() {
        assertThat(TitleFrames.readings("Bedrijfsleider / ondernemer groot- en tussenhandel")).containsExactly(
                "Bedrijfsleider / ondernemer groot- en tussenhandel",
                "Bedrijfsleider groot- en tussenhandel",
                "ondernemer groot- en tussenhandel");
        assertThat(TitleFrames.readings("Monteur / elektricien")).containsExactly(
                "Monteur / elektricien", "Monteur", "elektricien");
        assertThat(TitleFrames.readings("Secretaris (gemeente / provincie)")).hasSize(3);
    }

    @Test
    void genderMarkersAndGradesAreNoRoles() {
        assertThat(TitleFrames.readings("Kok m/v")).containsExactly("Kok m/v");
        assertThat(TitleFrames.readings("Docent Engels (1e/2e graads)")).containsExactly("Docent Engels (1e/2e graads)");
    }
}
