package nl.vaardig.web.team.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.vaardig.taxonomy.model.SkillUri;
import org.junit.jupiter.api.Test;

/** The disclosure rule of the team outlook: nothing below 5 workers, and no count that singles out one worker. */
class TeamAggregateTest {

    private static final SkillUri CARE = new SkillUri("http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000001");
    private static final SkillUri PLAN = new SkillUri("http://data.europa.eu/esco/skill/aaaaaaaa-0000-4000-8000-000000000002");

    /** {@code n} workers; the first {@code yes} of them say yes to everything about CARE, nobody to PLAN. */
    private static List<List<WorkerAnswer>> workers(int n, int yes) {
        List<List<WorkerAnswer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean y = i < yes;
            out.add(List.of(new WorkerAnswer(CARE, y, y, y, y), new WorkerAnswer(PLAN, false, false, false, false)));
        }
        return out;
    }

    @Test
    void fourWorkersGiveNoFigureAtAllOnlyHowManyAnswered() {
        TeamAggregate.Picture picture = TeamAggregate.of(List.of(CARE, PLAN), workers(4, 2));
        assertThat(picture.answered()).isEqualTo(4);
        assertThat(picture.shown()).isFalse();
        assertThat(picture.skills()).hasSize(2).allSatisfy(row -> {
            assertThat(row.answered()).isNull();
            assertThat(List.of(row.doesIt(), row.canDoIt(), row.wantsToLearn(), row.givesEnergy()))
                    .allMatch(TeamAggregate.Count::hidden);
        });
    }

    @Test
    void fiveWorkersShowTheCountsThatSingleOutNobody() {
        TeamAggregate.Picture picture = TeamAggregate.of(List.of(CARE, PLAN), workers(5, 2));
        assertThat(picture.shown()).isTrue();
        TeamAggregate.SkillRow care = picture.skills().get(0);
        assertThat(care.skill()).isEqualTo(CARE);
        assertThat(care.answered()).isEqualTo(5);
        assertThat(care.doesIt().yes()).isEqualTo(2);
        assertThat(care.givesEnergy().yes()).isEqualTo(2);
        assertThat(picture.skills().get(1).wantsToLearn().yes()).as("nobody: zero is shown").isZero();
    }

    @Test
    void aCountOfOneOrAllButOneIsHidden() {
        assertThat(TeamAggregate.of(List.of(CARE), workers(6, 1)).skills().getFirst().doesIt().hidden()).isTrue();
        assertThat(TeamAggregate.of(List.of(CARE), workers(6, 5)).skills().getFirst().doesIt().hidden()).isTrue();
        assertThat(TeamAggregate.of(List.of(CARE), workers(6, 6)).skills().getFirst().doesIt().yes()).isEqualTo(6);
        assertThat(TeamAggregate.of(List.of(CARE), workers(6, 4)).skills().getFirst().doesIt().yes()).isEqualTo(4);
    }

    @Test
    void theRuleItself() {
        for (int n = 0; n < 5; n++) {
            for (int k = 0; k <= n; k++) {
                assertThat(TeamAggregate.disclosable(k, n)).as("%d of %d", k, n).isFalse();
            }
        }
        assertThat(TeamAggregate.disclosable(0, 5)).isTrue();
        assertThat(TeamAggregate.disclosable(1, 5)).isFalse();
        assertThat(TeamAggregate.disclosable(2, 5)).isTrue();
        assertThat(TeamAggregate.disclosable(3, 5)).isTrue();
        assertThat(TeamAggregate.disclosable(4, 5)).isFalse();
        assertThat(TeamAggregate.disclosable(5, 5)).isTrue();
        assertThatThrownBy(() -> TeamAggregate.disclosable(6, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSkillFewerThanFiveAnsweredHasNoFigureEvenWhenTheTeamHasFive() {
        List<List<WorkerAnswer>> answers = new ArrayList<>(workers(5, 2));
        answers.set(0, List.of(new WorkerAnswer(CARE, true, true, true, true)));
        TeamAggregate.SkillRow plan = TeamAggregate.of(List.of(CARE, PLAN), answers).skills().get(1);
        assertThat(plan.answered()).isNull();
        assertThat(plan.doesIt().hidden()).isTrue();
    }

    @Test
    void noIndividualAnswerOrWorkerCountBeyondTheRuleLeavesThePicture() {
        TeamAggregate.Picture picture = TeamAggregate.of(List.of(CARE), workers(7, 3));
        assertThat(picture.toString()).doesNotContain("WorkerAnswer");
        assertThat(picture.skills().getFirst().canDoIt().yes()).isEqualTo(3);
    }
}
