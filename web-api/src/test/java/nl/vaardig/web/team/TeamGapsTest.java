package nl.vaardig.web.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.vaardig.taxonomy.model.SkillUri;
import org.junit.jupiter.api.Test;

class TeamGapsTest {

    static final SkillUri CARE = new SkillUri("http://data.europa.eu/esco/skill/care");
    static final SkillUri WOUNDS = new SkillUri("http://data.europa.eu/esco/skill/wounds");
    static final SkillUri PLANNING = new SkillUri("http://data.europa.eu/esco/skill/planning");
    static final SkillUri DUTCH = new SkillUri("http://data.europa.eu/esco/skill/dutch");

    @Test
    void aSkillNoRoleHasIsAGapAndEssentialGapsComeBeforeOptionalOnesThenTheMostNeeded() {
        var reading = TeamGaps.read(List.of(new TeamRole("Helpende", 2, List.of(DUTCH))), List.of(
                List.of(new TeamGaps.Need(PLANNING, false), new TeamGaps.Need(WOUNDS, true), new TeamGaps.Need(DUTCH, true)),
                List.of(new TeamGaps.Need(PLANNING, false), new TeamGaps.Need(CARE, true)),
                List.of(new TeamGaps.Need(PLANNING, false), new TeamGaps.Need(CARE, true))));
        assertThat(reading.openVacancies()).isEqualTo(3);
        assertThat(reading.gaps()).extracting(TeamGaps.SkillReading::skill).containsExactly(CARE, WOUNDS, PLANNING);
        assertThat(reading.gaps().getFirst().vacancies()).isEqualTo(2);
        assertThat(reading.gaps().getLast().essential()).isFalse();
        assertThat(reading.covered()).singleElement().satisfies(c -> {
            assertThat(c.skill()).isEqualTo(DUTCH);
            assertThat(c.roles()).isEqualTo(1);
            assertThat(c.people()).isEqualTo(2);
        });
    }

    @Test
    void aSkillAskedTwiceInOneVacancyCountsOnceAndIsEssentialIfEitherMentionIs() {
        var reading = TeamGaps.read(List.of(), List.of(List.of(new TeamGaps.Need(CARE, false), new TeamGaps.Need(CARE, true))));
        assertThat(reading.gaps()).singleElement().satisfies(g -> {
            assertThat(g.vacancies()).isEqualTo(1);
            assertThat(g.essentialIn()).isEqualTo(1);
        });
    }

    @Test
    void withoutOpenVacanciesThereIsNothingToRead() {
        var reading = TeamGaps.read(List.of(new TeamRole("Kok", 1, List.of(CARE))), List.of());
        assertThat(reading.gaps()).isEmpty();
        assertThat(reading.covered()).isEmpty();
    }

    @Test
    void aRoleHasANameOneToFiveHundredPeopleAndAtMostAHundredSkills() {
        assertThatThrownBy(() -> new TeamRole(" ", 1, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TeamRole("Kok", 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TeamRole("Kok", 501, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TeamRole(" Kok ", 1, List.of(CARE, CARE)).skills()).as("duplicates collapse").containsExactly(CARE);
        assertThat(new TeamRole(" Kok ", 1, List.of()).name()).isEqualTo("Kok");
    }
}
