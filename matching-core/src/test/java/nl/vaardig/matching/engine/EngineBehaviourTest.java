package nl.vaardig.matching.engine;

import static nl.vaardig.matching.model.VacancySkill.essential;
import static nl.vaardig.matching.model.VacancySkill.optional;
import static nl.vaardig.matching.testing.Fixtures.AMSTERDAM;
import static nl.vaardig.matching.testing.Fixtures.GROOT_AMSTERDAM;
import static nl.vaardig.matching.testing.Fixtures.TODAY;
import static nl.vaardig.matching.testing.Fixtures.UTRECHT;
import static nl.vaardig.matching.testing.Fixtures.UTRECHT_CITY;
import static nl.vaardig.matching.testing.Fixtures.profile;
import static nl.vaardig.matching.testing.Fixtures.storedProfile;
import static nl.vaardig.matching.testing.Fixtures.vacancyId;
import static nl.vaardig.matching.testing.TinyTaxonomy.COMMUNICATE;
import static nl.vaardig.matching.testing.TinyTaxonomy.JAVA;
import static nl.vaardig.matching.testing.TinyTaxonomy.PYTHON;
import static nl.vaardig.matching.testing.TinyTaxonomy.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import nl.vaardig.matching.model.ContractType;
import nl.vaardig.matching.model.HoursPerWeek;
import nl.vaardig.matching.model.IscoCode;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.ValidityPeriod;
import nl.vaardig.matching.model.VacancySkill;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.matching.testing.TinyTaxonomy;
import nl.vaardig.taxonomy.model.TaxonomyVersion;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineBehaviourTest {

    static final SkillGraph GRAPH = GoldenRankingTest.GRAPH;
    final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    final MatchingEngine engine = MatchingEngine.open(directory, GRAPH, MatchingEngine.Options.defaults()
            .withRefreshEvery(null).withClock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));

    @AfterEach
    void close() {
        engine.close();
    }

    static final List<VacancySkill> DEV = List.of(essential(JAVA), essential(SQL), optional(COMMUNICATE));

    static Vacancy vacancy(int n, nl.vaardig.taxonomy.region.AmrCode region, nl.vaardig.matching.model.GeoPoint at,
                           HoursPerWeek hours, ContractType contract, String isco, ValidityPeriod validity) {
        return new Vacancy(vacancyId(n), "v" + n, null, region, at, hours, contract, new IscoCode(isco),
                validity.from(), validity, DEV, true);
    }

    static final ValidityPeriod OPEN = new ValidityPeriod(TODAY.minusDays(3), TODAY.plusDays(20));

    private List<VacancyId> find(MatchQuery q) {
        return engine.matchVacancies(profile(JAVA, SQL), q, 10).stream().map(VacancyMatch::vacancy).sorted(java.util.Comparator.comparing(VacancyId::value)).toList();
    }

    @Test
    void filtersNarrowByRegionDistanceHoursContractSectorAndOpenDate() {
        engine.indexVacancy(vacancy(1, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512", OPEN));
        engine.indexVacancy(vacancy(2, UTRECHT, UTRECHT_CITY, new HoursPerWeek(16, 24), ContractType.TEMPORARY, "2512", OPEN));
        engine.indexVacancy(vacancy(3, UTRECHT, UTRECHT_CITY, new HoursPerWeek(32, 32), ContractType.PERMANENT, "3512", OPEN));
        engine.indexVacancy(vacancy(4, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512",
                new ValidityPeriod(TODAY.minusDays(60), TODAY.minusDays(1))));
        engine.refresh();

        assertThat(find(MatchQuery.defaults())).containsExactly(vacancyId(1), vacancyId(2), vacancyId(3));
        assertThat(find(MatchQuery.defaults().includingClosed())).hasSize(4);
        assertThat(find(MatchQuery.defaults().inRegions(Set.of(UTRECHT)))).containsExactly(vacancyId(2), vacancyId(3));
        // Amsterdam–Utrecht is about 35 km
        assertThat(find(MatchQuery.defaults().within(new Distance(AMSTERDAM, 20)))).containsExactly(vacancyId(1));
        assertThat(find(MatchQuery.defaults().within(new Distance(AMSTERDAM, 50)))).hasSize(3);
        assertThat(find(MatchQuery.defaults().withHours(new HoursPerWeek(20, 28)))).containsExactly(vacancyId(2));
        assertThat(find(MatchQuery.defaults().withContracts(Set.of(ContractType.TEMPORARY)))).containsExactly(vacancyId(2));
        assertThat(find(MatchQuery.defaults().inSectors(Set.of(new IscoCode("25"))))).containsExactly(vacancyId(1), vacancyId(2));
        assertThat(find(MatchQuery.defaults().inSectors(Set.of(new IscoCode("3"))))).containsExactly(vacancyId(3));
    }

    @Test
    void updatesAndDeletesAreVisibleAfterRefreshWithoutRebuild() {
        engine.indexVacancy(vacancy(1, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512", OPEN));
        assertThat(find(MatchQuery.defaults())).isEmpty(); // not refreshed yet
        engine.refresh();
        assertThat(find(MatchQuery.defaults())).containsExactly(vacancyId(1));
        // update: the vacancy moves to Utrecht
        engine.indexVacancy(vacancy(1, UTRECHT, UTRECHT_CITY, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512", OPEN));
        engine.refresh();
        assertThat(engine.vacancyCount()).isEqualTo(1);
        assertThat(find(MatchQuery.defaults().inRegions(Set.of(UTRECHT)))).containsExactly(vacancyId(1));
        engine.removeVacancy(vacancyId(1));
        engine.refresh();
        assertThat(find(MatchQuery.defaults())).isEmpty();
    }

    @Test
    void aMatchHasTheSameScoreWhicheverSideAsks() {
        Vacancy v = vacancy(1, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512", OPEN);
        engine.indexVacancy(v);
        engine.indexProfile(storedProfile(1, GROOT_AMSTERDAM, AMSTERDAM, JAVA, COMMUNICATE));
        engine.indexProfile(storedProfile(2, UTRECHT, UTRECHT_CITY, PYTHON, SQL));
        engine.indexProfile(storedProfile(3, UTRECHT, UTRECHT_CITY, JAVA, SQL));
        engine.refresh();
        List<CandidateMatch> people = engine.matchCandidates(v, MatchQuery.defaults(), 10);
        // 3 holds both essentials; 1 holds the essential Java itself and the optional "communicate"; 2 holds SQL and
        // Python, a sibling of Java: Python is evidence only as what 2 shows instead of Java (a requirement 2 holds as
        // such, SQL, no longer explains Python as well), and a sibling covers Java only in part
        assertThat(people).extracting(c -> c.profile().value().getLeastSignificantBits()).containsExactly(3L, 1L, 2L);
        for (CandidateMatch c : people) {
            var asked = storedProfile((int) c.profile().value().getLeastSignificantBits(), UTRECHT, UTRECHT_CITY);
            double fromProfileSide = engine.matchVacancies(profileOf(c), MatchQuery.defaults(), 1).getFirst().score();
            assertThat(c.score()).isEqualTo(fromProfileSide);
            assertThat(asked).isNotNull();
        }
        assertThat(engine.matchCandidates(v, MatchQuery.defaults().inRegions(Set.of(GROOT_AMSTERDAM)), 10)).hasSize(1);
        assertThat(engine.matchCandidates(v, MatchQuery.defaults().within(new Distance(UTRECHT_CITY, 10)), 10)).hasSize(2);
        engine.removeProfile(people.getFirst().profile());
        engine.refresh();
        assertThat(engine.matchCandidates(v, MatchQuery.defaults(), 10)).hasSize(2);
    }

    private static nl.vaardig.matching.model.Profile profileOf(CandidateMatch c) {
        return switch ((int) c.profile().value().getLeastSignificantBits()) {
            case 1 -> profile(JAVA, COMMUNICATE);
            case 2 -> profile(PYTHON, SQL);
            default -> profile(JAVA, SQL);
        };
    }

    @Test
    void indexBuiltWithAnotherSkillListIsRefused() {
        engine.indexVacancy(vacancy(1, GROOT_AMSTERDAM, AMSTERDAM, new HoursPerWeek(36, 40), ContractType.PERMANENT, "2512", OPEN));
        engine.commit();
        engine.close();
        var other = nl.vaardig.taxonomy.model.Taxonomy.builder(TaxonomyVersion.esco("9.9")).skill(JAVA,
                nl.vaardig.taxonomy.model.SkillType.KNOWLEDGE, nl.vaardig.taxonomy.model.ReuseLevel.SECTOR_SPECIFIC)
                .labels(JAVA, nl.vaardig.taxonomy.model.LanguageLabels.of(java.util.Locale.ENGLISH, "Java")).build();
        assertThatThrownBy(() -> MatchingEngine.open(directory, SkillGraph.build(other, MatchWeights.defaults()),
                MatchingEngine.Options.defaults().withRefreshEvery(null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rebuild");
    }

    @Test
    void learningRoutesSurviveReopeningTheIndex() {
        var route = new nl.vaardig.matching.model.LearningRoute(nl.vaardig.matching.model.LearningRouteId.random(),
                "Demo ROC (demo)", "Java voor herintreders (demo)", "Java for returners (demo)",
                nl.vaardig.matching.model.RouteKind.RETURNER,
                List.of(new nl.vaardig.matching.model.RouteSkill(JAVA, nl.vaardig.matching.model.ProficiencyLevel.INTERMEDIATE)),
                12, 450, Set.of(UTRECHT), true, List.of(TODAY.plusMonths(1)), true);
        engine.indexRoute(route);
        engine.commit();
        engine.close();
        try (var reopened = MatchingEngine.open(directory, GRAPH, MatchingEngine.Options.defaults().withRefreshEvery(null))) {
            assertThat(reopened.route(route.id())).contains(route);
            assertThat(reopened.routesFor(Set.of(GROOT_AMSTERDAM))).containsExactly(route); // online
        }
    }

    @Test
    void vacancyWithASkillOutsideTheTaxonomyIsRejected() {
        var bad = new Vacancy(vacancyId(9), "x", null, UTRECHT, null, new HoursPerWeek(1, 2), ContractType.AGENCY, null,
                TODAY, OPEN, List.of(essential(new nl.vaardig.taxonomy.model.SkillUri("http://example.org/nope"))), true);
        assertThatThrownBy(() -> engine.indexVacancy(bad)).isInstanceOf(IllegalArgumentException.class);
    }
}
