package nl.vaardig.web.outlook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.trend.DemandTrend;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutlookPlannerTest {

    static final DemandTrend.Comparison UP = new DemandTrend.Comparison(Period.parse("2025-Q1"), Period.parse("2025-Q4"), 472, 400);
    static final DemandTrend.Comparison DOWN = new DemandTrend.Comparison(Period.parse("2025-Q1"), Period.parse("2025-Q4"), 91, 100);
    static final DemandTrend.Comparison FLAT = new DemandTrend.Comparison(Period.parse("2025-Q1"), Period.parse("2025-Q4"), 101, 100);

    static final Map<String, DemandTrend> TRENDS = Map.of(
            "python", new DemandTrend.Growing(UP),
            "java", new DemandTrend.Growing(UP),
            "typen", new DemandTrend.Shrinking(DOWN),
            "archief", new DemandTrend.Shrinking(DOWN),
            "plannen", new DemandTrend.Stable(FLAT),
            "zeldzaam", new DemandTrend.NotEnoughData(DemandTrend.NotEnoughData.Reason.TOO_FEW_VACANCIES));

    /** Python's prognosis: 412 → 461 vacancies in a year (+12 %), 80 % interval 400–523 (−3 to +27 %). */
    static final YearPrognosis PYTHON_NEXT_YEAR = new YearPrognosis("2026-Q1", "2026-Q4", 412, 461, 400, 523, 12, -3, 27);
    /** Typen's prognosis points up although its measured trend falls: it is shown, but the trend keeps the group. */
    static final YearPrognosis TYPEN_NEXT_YEAR = new YearPrognosis("2026-Q1", "2026-Q4", 91, 95, 70, 120, 4, -23, 32);

    static OutlookPlanner.Plan plan(OutlookPlanner.SkillAnswers... skills) {
        return OutlookPlanner.plan("Groot Amsterdam", List.of(skills), TRENDS::get, uri -> Optional.empty());
    }

    static OutlookPlanner.Plan planWithPrognoses(OutlookPlanner.SkillAnswers... skills) {
        Map<String, YearPrognosis> prognoses = Map.of("python", PYTHON_NEXT_YEAR, "typen", TYPEN_NEXT_YEAR);
        return OutlookPlanner.plan("Groot Amsterdam", List.of(skills), TRENDS::get,
                uri -> Optional.ofNullable(prognoses.get(uri)));
    }

    @Test
    void thePrognosisIsAddedAsPrognoseWithItsIntervalAndTheTrendKeepsTheGroup() {
        OutlookPlanner.Plan p = planWithPrognoses(
                new OutlookPlanner.SkillAnswers("python", "Python", false, false, true, false),
                new OutlookPlanner.SkillAnswers("typen", "typen", true, true, false, true),
                new OutlookPlanner.SkillAnswers("plannen", "plannen", false, true, false, false));

        assertThat(p.items()).extracting(OutlookPlanner.Item::group).containsExactly(OutlookPlanner.Group.LEARN_GROWING,
                OutlookPlanner.Group.ENERGY_SHRINKING, OutlookPlanner.Group.STABLE);
        assertThat(p.items()).extracting(OutlookPlanner.Item::prognosis).containsExactly(PYTHON_NEXT_YEAR, TYPEN_NEXT_YEAR, null);
        assertThat(p.advice()).filteredOn(a -> a.group() == OutlookPlanner.Group.LEARN_GROWING).singleElement().satisfies(a -> {
            assertThat(a.nl()).isEqualTo("Je wilt Python leren en de vraag ernaar groeit in Groot Amsterdam (+18 % in een jaar): "
                    + "de leerroutes hiernaast sluiten dat gat het snelst. "
                    + "De prognose voor het komende jaar is +12 % (80 %-interval −3 tot +27 %).");
            assertThat(a.en()).endsWith(" The prognosis for the coming year is +12 % (80 % interval −3 to +27 %).");
        });
        assertThat(p.advice()).filteredOn(a -> a.group() == OutlookPlanner.Group.ENERGY_SHRINKING).singleElement()
                .satisfies(a -> assertThat(a.nl()).startsWith("Je doet typen graag, maar de vraag krimpt")
                        .endsWith("De prognose voor het komende jaar is +4 % (80 %-interval −23 tot +32 %)."));
        // "geen prognose": the advice says nothing about a prognosis, and no figure is made up
        assertThat(p.advice()).filteredOn(a -> a.group() == OutlookPlanner.Group.STABLE).singleElement()
                .satisfies(a -> assertThat(a.nl()).doesNotContain("prognose"));
    }

    @Test
    void inAGroupOfSeveralOnlyTheSkillsWithAPrognosisAreNamedWithIt() {
        OutlookPlanner.Plan p = planWithPrognoses(
                new OutlookPlanner.SkillAnswers("python", "Python", false, false, true, false),
                new OutlookPlanner.SkillAnswers("java", "Java", false, false, true, false));

        assertThat(p.advice()).singleElement().satisfies(a -> assertThat(a.nl())
                .endsWith("(Python +18 %, Java +18 % in een jaar): de leerroutes hiernaast sluiten dat gat het snelst. "
                        + "De prognose voor het komende jaar: Python +12 % (80 %-interval −3 tot +27 %).")
                .doesNotContain("Java +12"));
    }

    @Test
    void aWantedGrowingSkillGetsTheLearningAdviceWithItsFigure() {
        OutlookPlanner.Plan p = plan(new OutlookPlanner.SkillAnswers("python", "Python", false, false, true, false));

        assertThat(p.items()).singleElement().satisfies(i -> {
            assertThat(i.group()).isEqualTo(OutlookPlanner.Group.LEARN_GROWING);
            assertThat(i.percent()).isEqualTo(18);
        });
        assertThat(p.advice()).singleElement().satisfies(a -> assertThat(a.nl()).isEqualTo(
                "Je wilt Python leren en de vraag ernaar groeit in Groot Amsterdam (+18 % in een jaar): "
                        + "de leerroutes hiernaast sluiten dat gat het snelst."));
    }

    @Test
    void theAnswersDecideWhatATrendMeansForThisPerson() {
        OutlookPlanner.Plan p = plan(
                new OutlookPlanner.SkillAnswers("java", "Java", true, true, false, false),
                new OutlookPlanner.SkillAnswers("typen", "typen", true, true, false, true),
                new OutlookPlanner.SkillAnswers("archief", "archiveren", false, true, false, false),
                new OutlookPlanner.SkillAnswers("plannen", "plannen", false, true, false, false),
                new OutlookPlanner.SkillAnswers("zeldzaam", "glasblazen", false, false, false, true));

        assertThat(p.items()).extracting(OutlookPlanner.Item::group).containsExactly(OutlookPlanner.Group.STRENGTH_GROWING,
                OutlookPlanner.Group.ENERGY_SHRINKING, OutlookPlanner.Group.SHRINKING, OutlookPlanner.Group.STABLE,
                OutlookPlanner.Group.NOT_ENOUGH_DATA);
        assertThat(p.advice()).filteredOn(a -> a.group() == OutlookPlanner.Group.ENERGY_SHRINKING).singleElement()
                .satisfies(a -> assertThat(a.nl()).startsWith("Je doet typen graag, maar de vraag krimpt in Groot Amsterdam (−9 % in een jaar)"));
        assertThat(p.advice()).filteredOn(a -> a.group() == OutlookPlanner.Group.NOT_ENOUGH_DATA).singleElement()
                .satisfies(a -> assertThat(a.nl()).isEqualTo("Over glasblazen zijn in Groot Amsterdam te weinig vacatures om iets over de vraag te zeggen.")
                        .doesNotContain("%"));
    }

    @Test
    void severalSkillsInOneGroupAreNamedWithEachFigure() {
        OutlookPlanner.Plan p = plan(
                new OutlookPlanner.SkillAnswers("python", "Python", false, false, true, false),
                new OutlookPlanner.SkillAnswers("java", "Java", false, false, true, true));

        assertThat(p.advice()).singleElement().satisfies(a -> {
            assertThat(a.nl()).startsWith("Je wilt Python en Java leren en de vraag ernaar groeit in Groot Amsterdam "
                    + "(Python +18 %, Java +18 % in een jaar)");
            assertThat(a.en()).startsWith("You want to learn Python and Java");
            assertThat(a.skills()).containsExactly("python", "java");
        });
    }

    @Test
    void skillsWithoutAnyAnswerAreLeftOut() {
        OutlookPlanner.Plan p = plan(new OutlookPlanner.SkillAnswers("python", "Python", false, false, false, false));

        assertThat(p.items()).isEmpty();
        assertThat(p.advice()).isEmpty();
    }
}
