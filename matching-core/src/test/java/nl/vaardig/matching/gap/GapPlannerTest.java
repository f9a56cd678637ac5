package nl.vaardig.matching.gap;

import static nl.vaardig.matching.model.VacancySkill.essential;
import static nl.vaardig.matching.model.VacancySkill.optional;
import static nl.vaardig.matching.testing.Fixtures.GROOT_AMSTERDAM;
import static nl.vaardig.matching.testing.Fixtures.TODAY;
import static nl.vaardig.matching.testing.Fixtures.vacancy;
import static nl.vaardig.matching.testing.Fixtures.vacancyId;
import static nl.vaardig.matching.testing.TinyTaxonomy.CLASSROOM;
import static nl.vaardig.matching.testing.TinyTaxonomy.COMMUNICATE;
import static nl.vaardig.matching.testing.TinyTaxonomy.JAVA;
import static nl.vaardig.matching.testing.TinyTaxonomy.MEDICATION;
import static nl.vaardig.matching.testing.TinyTaxonomy.NURSING_CARE;
import static nl.vaardig.matching.testing.TinyTaxonomy.SQL;
import static nl.vaardig.matching.testing.TinyTaxonomy.TEACH_MATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.vaardig.matching.engine.GoldenRankingTestAccess;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.RouteMatch;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.ProfileSkill;
import nl.vaardig.matching.model.RouteKind;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.taxonomy.model.SkillUri;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GapPlannerTest {

    MatchingEngine engine;

    static LearningRoute route(int n, String title, int weeks, int cost, RouteKind kind, SkillUri... skills) {
        return new LearningRoute(new LearningRouteId(new UUID(0xCAFE, n)), "Demo provider (demo)", title + " (demo)", "",
                kind, java.util.Arrays.stream(skills).map(s -> new RouteSkill(s, ProficiencyLevel.ADVANCED)).toList(),
                weeks, cost, Set.of(GROOT_AMSTERDAM), false, List.of(TODAY.plusMonths(2)), true);
    }

    static final LearningRoute TEACHER_SIDE_ENTRY = route(1, "Zij-instroom wiskundedocent", 52, 0, RouteKind.SIDE_ENTRY, TEACH_MATH, CLASSROOM);
    static final LearningRoute CLASSROOM_ONLY = route(2, "Training klassenmanagement", 4, 300, RouteKind.TRAINING, CLASSROOM);
    static final LearningRoute NURSING = route(3, "Opleiding verpleegkunde", 104, 2000, RouteKind.FORMAL_EDUCATION, NURSING_CARE, MEDICATION);
    static final LearningRoute JAVA_COURSE = route(4, "Java-cursus", 6, 900, RouteKind.TRAINING, JAVA);

    @BeforeEach
    void setUp() {
        engine = MatchingEngine.open(new ByteBuffersDirectory(), GoldenRankingTestAccess.graph(), MatchingEngine.Options.defaults()
                .withRefreshEvery(null).withClock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        engine.indexVacancy(vacancy(1, "Docent wiskunde", List.of(essential(TEACH_MATH), essential(CLASSROOM), essential(COMMUNICATE))));
        engine.indexVacancy(vacancy(2, "Docent wiskunde 2", List.of(essential(TEACH_MATH), essential(CLASSROOM), optional(COMMUNICATE))));
        engine.indexVacancy(vacancy(3, "Verpleegkundige", List.of(essential(NURSING_CARE), essential(MEDICATION), optional(COMMUNICATE))));
        engine.indexVacancy(vacancy(4, "Java developer", List.of(essential(JAVA), essential(SQL))));
        List.of(TEACHER_SIDE_ENTRY, CLASSROOM_ONLY, NURSING, JAVA_COURSE).forEach(engine::indexRoute);
        engine.refresh();
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    static Profile careerChanger() {
        // a developer who communicates well and wants to become a maths teacher
        return new Profile(nl.vaardig.matching.model.ProfileId.random(),
                List.of(ProfileSkill.fromWork(SQL), ProfileSkill.fromWork(COMMUNICATE)), Set.of(TEACH_MATH, CLASSROOM),
                GROOT_AMSTERDAM, null, null, null, false);
    }

    @Test
    void sideEntryRouteClosesBothEssentialTeachingGapsOfTheVacancyInOneStep() {
        GapPlan plan = new GapPlanner(engine).plan(careerChanger(), new Target.IndexedVacancy(vacancyId(1)), GapOptions.defaults());
        assertThat(plan.gaps()).extracting(g -> g.skill().uri()).containsExactlyInAnyOrder(TEACH_MATH, CLASSROOM);
        assertThat(plan.steps()).extracting(s -> s.route().id()).containsExactly(TEACHER_SIDE_ENTRY.id());
        assertThat(plan.closedShare()).isEqualTo(1.0);
        assertThat(plan.optimalShare()).hasValue(1.0);
        assertThat(plan.gaps()).allMatch(Gap::closed);
    }

    @Test
    void completingThePlanUnlocksTheTeachingJobsInTheRegion() {
        GapPlan plan = new GapPlanner(engine).plan(careerChanger(), new Target.JobsInRegion(GROOT_AMSTERDAM), GapOptions.defaults());
        assertThat(plan.steps().getFirst().route()).isEqualTo(TEACHER_SIDE_ENTRY);
        assertThat(plan.jobsBefore()).isZero();
        assertThat(plan.jobsAfter()).isGreaterThanOrEqualTo(2);
        assertThat(plan.steps().getFirst().jobsUnlocked()).isGreaterThanOrEqualTo(2);
        assertThat(plan.steps().getFirst().closes()).isNotEmpty();
    }

    @Test
    void occupationTargetUsesTheOccupationsEssentialSkills() {
        GapPlan plan = new GapPlanner(engine).plan(careerChanger(),
                new Target.ForOccupation(nl.vaardig.matching.testing.TinyTaxonomy.NURSE), GapOptions.defaults());
        assertThat(plan.steps()).extracting(s -> s.route().id()).containsExactly(NURSING.id());
        assertThat(plan.gaps()).extracting(g -> g.skill().uri()).contains(NURSING_CARE, MEDICATION);
    }

    @Test
    void routesForLearningWishesRankTheRouteTeachingAllWishesFirstAndExplainEachWish() {
        List<RouteMatch> routes = engine.matchRoutes(careerChanger(), MatchQuery.defaults().inLanguage(Locale.of("nl")), 5);
        assertThat(routes.getFirst().route()).isEqualTo(TEACHER_SIDE_ENTRY);
        assertThat(routes.getFirst().score()).isGreaterThan(routes.get(1).score());
        assertThat(routes.get(1).route()).isEqualTo(CLASSROOM_ONLY);
        assertThat(routes.getFirst().wishes()).allMatch(w -> w.taughtSkill() != null);
    }
}
