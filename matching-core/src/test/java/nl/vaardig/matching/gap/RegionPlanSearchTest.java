package nl.vaardig.matching.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.engine.MatchQuery;
import nl.vaardig.matching.engine.MatchingEngine;
import nl.vaardig.matching.engine.VacancyMatch;
import nl.vaardig.matching.explain.RequirementCredit;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan towards the jobs of a region reads its gaps and today's well-covered jobs from one search without
 * explanations ({@link MatchingEngine#topRequirements}); they must be those of the explained matches and of the
 * separate count it replaced: the same gaps in the same order with the same demand and credit, the same jobs before,
 * on the shipped ESCO graph with 3,000 demo vacancies and the demo route catalogue.
 */
class RegionPlanSearchTest {

    private static MatchingEngine engine;
    private static DemoDataGenerator gen;

    @BeforeAll
    static void build() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        RegionGeography geography = RegionGeography.shipped();
        gen = new DemoDataGenerator(taxonomy, geography, BenchmarkData.SEED);
        engine = MatchingEngine.open(new ByteBuffersDirectory(), SkillGraph.build(taxonomy, MatchWeights.defaults()),
                MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock()));
        for (int i = 0; i < 3000; i++) {
            engine.indexVacancy(BenchmarkData.vacancyAt(gen, i));
        }
        DemoRouteCatalogue.generate(taxonomy, geography, 1, 3000).forEach(engine::indexRoute);
        engine.refresh();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void gapsAndJobsBeforeAreThoseOfTheExplainedMatches() {
        var planner = new GapPlanner(engine);
        GapOptions options = new GapOptions(3, 0.6, 0.6, false, 200, Locale.forLanguageTag("nl"));
        int withGaps = 0;
        int withJobs = 0;
        for (int i = 0; i < 40; i++) {
            Profile person = gen.profile(i);
            var target = new Target.JobsInRegion(person.region());
            GapPlanner.Problem problem = planner.problem(person, target, options);

            // as the plan read them before: every explained requirement of the region's best 200 matches
            var expected = new LinkedHashMap<Integer, double[]>();
            var current = engine.scorer().prepare(person.skills());
            MatchQuery q = MatchQuery.defaults().inRegions(Set.of(person.region())).inLanguage(options.locale());
            for (VacancyMatch m : engine.matchVacancies(person, q, options.regionVacancies())) {
                for (RequirementCredit rc : m.explanation().requirements()) {
                    if (rc.essential() && rc.credit() < options.gapBelow()) {
                        int s = engine.graph().ordinal(rc.skill().uri()).orElseThrow();
                        expected.computeIfAbsent(s, k -> new double[] {current.credit(k), 0})[1]++;
                    }
                }
            }
            Map<Integer, double[]> actual = new LinkedHashMap<>();
            for (int s : problem.gapSkills()) {
                GapPlanner.GapDemand d = problem.demand().get(s);
                assertThat(d.essential).isTrue();
                actual.put(s, new double[] {d.credit, d.count});
            }
            assertThat(List.copyOf(actual.keySet())).as("gaps of profile %d, in order", i).containsExactlyElementsOf(expected.keySet());
            expected.forEach((s, cd) -> assertThat(actual.get(s)).as("credit and demand of gap %d", s).containsExactly(cd));
            int before = engine.wellCoveredVacancies(person, MatchQuery.defaults().inRegions(Set.of(person.region())),
                    options.regionVacancies(), options.goodMatch());
            assertThat(problem.jobsBefore()).as("jobs before, profile %d", i).isEqualTo(before);
            assertThat(planner.plan(person, target, options).jobsBefore()).isEqualTo(before);
            withGaps += expected.isEmpty() ? 0 : 1;
            withJobs += before > 0 ? 1 : 0;
        }
        assertThat(withGaps).isGreaterThan(30);
        assertThat(withJobs).isGreaterThan(0);
    }
}
