package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vaardig.matching.demo.BenchmarkData;
import nl.vaardig.matching.demo.DemoDataGenerator;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.index.IndexLayout;
import nl.vaardig.matching.index.RegionRanges;
import nl.vaardig.matching.model.Profile;
import nl.vaardig.matching.model.Vacancy;
import nl.vaardig.matching.model.VacancyId;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A region search scores only the regions' runs of doc ids: it must return exactly what scoring every open vacancy
 * of those regions would, over several segments and with deleted vacancies, and a "region and neighbours" search
 * exactly the union — with the index sorted by region (one run per region and segment) and sorted by occupation
 * (many short runs). The occupation-sorted engine cuts every region search in two halves searched by two threads
 * (runs cut mid-way, a segment in both halves), the region-sorted one searches on the calling thread only.
 */
class RegionSearchTest {

    static final int VACANCIES = 3000;
    static final Map<IndexLayout, MatchingEngine> engines = new EnumMap<>(IndexLayout.class);
    static List<Vacancy> live = new ArrayList<>();
    static List<Profile> profiles;
    static RegionNeighbours neighbours = RegionNeighbours.shipped();

    @BeforeAll
    static void build() {
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        var gen = new DemoDataGenerator(taxonomy, RegionGeography.shipped(), BenchmarkData.SEED);
        SkillGraph graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        for (IndexLayout layout : IndexLayout.values()) {
            // every credited skill in the query and more candidates than a region holds: the engine's result must then
            // be exact, so any vacancy the region runs (or their halves) miss or add shows
            var options = MatchingEngine.Options.defaults().withRefreshEvery(null).withClock(BenchmarkData.clock())
                    .withMaxQuerySkills(1024).withCandidates(1000, 5).withRegionCandidates(1000).withLayout(layout)
                    .withSearchThreads(2)
                    .withParallelRegionDocs(layout == IndexLayout.OCCUPATION_FIRST ? 1 : Integer.MAX_VALUE);
            var engine = MatchingEngine.open(new ByteBuffersDirectory(), graph, options);
            engines.put(layout, engine);
            for (int i = 0; i < VACANCIES; i++) {
                Vacancy v = BenchmarkData.vacancyAt(gen, i);
                engine.indexVacancy(v);
                if (i % 7 == 3) {
                    engine.removeVacancy(v.id());
                } else if (layout == IndexLayout.REGION_FIRST) {
                    live.add(v);
                }
                if (i % 1000 == 999) {
                    engine.commit(); // several segments, each sorted on its own
                }
            }
            engine.refresh();
        }
        profiles = BenchmarkData.queryProfiles(gen, taxonomy, 40);
    }

    @AfterAll
    static void close() {
        engines.values().forEach(MatchingEngine::close);
    }

    /** Every open vacancy of the regions, scored exactly, best first (ties by id, as the engine breaks them). */
    static List<VacancyId> bruteForce(Profile p, Set<AmrCode> regions, int topN) {
        return live.stream()
                .filter(v -> regions.contains(v.region()) && v.validity().openOn(BenchmarkData.TODAY))
                .map(v -> new Object[] {v.id(), engines.get(IndexLayout.REGION_FIRST).explain(p, v, MatchQuery.DUTCH).score()})
                .filter(o -> (double) o[1] > 0)
                .sorted(Comparator.comparingDouble((Object[] o) -> -(double) o[1])
                        .thenComparing(o -> ((VacancyId) o[0]).value()))
                .limit(topN).map(o -> (VacancyId) o[0]).toList();
    }

    static List<VacancyId> engineTop(IndexLayout layout, Profile p, MatchQuery q, int topN) {
        return engines.get(layout).matchVacancies(p, q, topN).stream().map(VacancyMatch::vacancy).toList();
    }

    /** Runs per segment of one region: one when sorted by region, many when sorted by occupation. */
    static int maxRunsOfARegion(IndexLayout layout) {
        return engines.get(layout).withSearcher(s -> s.getIndexReader().leaves().stream()
                .mapToInt(leaf -> RegionRanges.of(leaf.reader(), List.of("AM18")).length / 2).max().orElse(0));
    }

    @Test
    void aRegionIsOneRunWhenSortedByRegionAndManyWhenSortedByOccupation() {
        assertThat(maxRunsOfARegion(IndexLayout.REGION_FIRST)).isEqualTo(1);
        assertThat(maxRunsOfARegion(IndexLayout.OCCUPATION_FIRST)).isGreaterThan(10);
    }

    @ParameterizedTest
    @EnumSource(IndexLayout.class)
    void ownRegionSearchEqualsScoringEveryOpenVacancyOfTheRegion(IndexLayout layout) {
        int nonEmpty = 0;
        for (Profile p : profiles) {
            List<VacancyId> expected = bruteForce(p, Set.of(p.region()), 10);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertThat(engineTop(layout, p, MatchQuery.defaults().inRegions(Set.of(p.region())), 10))
                    .as("profile in " + p.region()).containsExactlyElementsOf(expected);
        }
        assertThat(nonEmpty).as("profiles with a hit in their region").isGreaterThan(profiles.size() / 2);
    }

    @ParameterizedTest
    @EnumSource(IndexLayout.class)
    void regionAndNeighboursIsOneSearchOverTheirUnion(IndexLayout layout) {
        for (Profile p : profiles.subList(0, 15)) {
            Set<AmrCode> around = neighbours.withNeighbours(p.region());
            assertThat(around).hasSizeGreaterThan(1).contains(p.region());
            assertThat(engineTop(layout, p, MatchQuery.defaults().inRegionAndNeighbours(p.region(), neighbours), 10))
                    .containsExactlyElementsOf(bruteForce(p, around, 10));
        }
    }

    @ParameterizedTest
    @EnumSource(IndexLayout.class)
    void aRegionSearchNeverReturnsAVacancyOfAnotherRegion(IndexLayout layout) {
        var regionOf = live.stream().collect(Collectors.toMap(Vacancy::id, Vacancy::region));
        for (Profile p : profiles) {
            engineTop(layout, p, MatchQuery.defaults().inRegions(Set.of(p.region())), 20)
                    .forEach(id -> assertThat(regionOf.get(id)).isEqualTo(p.region()));
        }
    }

    @Test
    void neighboursComeFromSharedBordersAndAreSymmetric() {
        assertThat(neighbours.regionCount()).isEqualTo(35);
        assertThat(neighbours.of(new AmrCode("AM01")))
                .containsExactlyInAnyOrder(new AmrCode("AM02"), new AmrCode("AM03")); // Groningen: Friesland, Drenthe
        assertThat(neighbours.of(new AmrCode("AM18"))).contains(new AmrCode("AM17"), new AmrCode("AM37"))
                .doesNotContain(new AmrCode("AM18"), new AmrCode("AM01"));
        for (int i = 1; i <= 40; i++) {
            var a = new AmrCode(String.format(java.util.Locale.ROOT, "AM%02d", i));
            for (AmrCode b : neighbours.of(a)) {
                assertThat(neighbours.of(b)).as(b + " borders " + a).contains(a);
            }
        }
    }
}
