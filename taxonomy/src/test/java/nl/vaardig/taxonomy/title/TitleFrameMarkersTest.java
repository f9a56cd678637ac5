package nl.vaardig.taxonomy.title;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFrameMarkersTest {

    @Test
    void bracketedMarkersAreFoldedSoTitlesOfOneFrameAgree() {
        assertThat(JobTitleMatcher.frameMarkers("Docent muziek (1e graads)")).containsExactly("1e graads");
        assertThat(JobTitleMatcher.frameMarkers("Docent lassen (1E Graads)"))
                .isEqualTo(JobTitleMatcher.frameMarkers("Docent muziek (1e graads)"));
        assertThat(JobTitleMatcher.frameMarkers("Docent muziek (2e graads)"))
                .isNotEqualTo(JobTitleMatcher.frameMarkers("Docent muziek (1e graads)"));
    }

    @Test
    void aTitleWithoutBracketsHasNoMarkerAndEmptyBracketsAreNone() {
        assertThat(JobTitleMatcher.frameMarkers("Docent muziek")).isEmpty();
        assertThat(JobTitleMatcher.frameMarkers("Applicatiebeheerder ( )")).isEmpty();
        assertThat(JobTitleMatcher.frameMarkers("Onderofficier (odvb) koninklijke marine [hoger]"))
                .containsExactly("hoger", "odvb");
    }
}
