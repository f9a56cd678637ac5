package nl.vaardig.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.vaardig.matching.demo.DemoRouteCatalogue;
import nl.vaardig.matching.demo.RegionGeography;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.ProficiencyLevel;
import nl.vaardig.matching.model.RouteSkill;
import nl.vaardig.matching.scoring.MatchWeights;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.AmrCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue keeps the routes offered per region and each route's taught skills until it changes: a kept list
 * is the list made afresh, and a put or remove is seen by the next call.
 */
class RouteCatalogueTest {

    private static final AmrCode AM18 = new AmrCode("AM18");

    private static Taxonomy taxonomy;
    private static SkillGraph graph;
    private static List<LearningRoute> demo;

    @BeforeAll
    static void load() {
        taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        graph = SkillGraph.build(taxonomy, MatchWeights.defaults());
        demo = DemoRouteCatalogue.generate(taxonomy, RegionGeography.shipped(), 7, 300);
    }

    private static List<LearningRoute> expected(List<LearningRoute> routes, Set<AmrCode> regions) {
        return routes.stream()
                .filter(r -> regions.isEmpty() || regions.stream().anyMatch(r::availableIn))
                .sorted(Comparator.comparing(r -> r.id().value()))
                .toList();
    }

    @Test
    void aKeptListIsTheFreshListUntilThePutOrRemoveThatChangesIt() {
        var catalogue = new RouteCatalogue(graph);
        var all = new ArrayList<>(demo.subList(0, 250));
        all.forEach(catalogue::put);

        List<LearningRoute> first = catalogue.offeredIn(Set.of(AM18));
        assertThat(first).isEqualTo(expected(all, Set.of(AM18))).isNotEmpty();
        assertThat(catalogue.offeredIn(Set.of(AM18))).as("kept, not made again").isSameAs(first);
        assertThat(catalogue.offeredIn(Set.of())).isEqualTo(expected(all, Set.of())).hasSize(250);

        LearningRoute added = demo.stream().skip(250).filter(r -> r.availableIn(AM18)).findFirst().orElseThrow();
        catalogue.put(added);
        all.add(added);
        assertThat(catalogue.offeredIn(Set.of(AM18))).isEqualTo(expected(all, Set.of(AM18))).contains(added);
        assertThat(catalogue.offeredIn(Set.of())).hasSize(251);

        LearningRoute removed = first.getFirst();
        catalogue.remove(removed.id());
        all.remove(removed);
        assertThat(catalogue.offeredIn(Set.of(AM18))).isEqualTo(expected(all, Set.of(AM18))).doesNotContain(removed);

        Set<AmrCode> two = Set.of(AM18, new AmrCode("AM01"));
        assertThat(catalogue.offeredIn(two)).isEqualTo(expected(all, two));
    }

    @Test
    void taughtSkillsAreKeptForTheCataloguedRouteAndReadAfreshForAReplacedOne() {
        var catalogue = new RouteCatalogue(graph);
        LearningRoute route = demo.getFirst();
        catalogue.put(route);
        TaughtSkills kept = catalogue.taught(route);
        assertThat(catalogue.taught(route)).isSameAs(kept);
        assertSame(kept, TaughtSkills.of(graph, route));

        // the same id teaching one other skill: the old instance's skills are not given for the new one
        RouteSkill other = new RouteSkill(taxonomy.skillAt(0).uri(), ProficiencyLevel.EXPERT);
        LearningRoute replaced = new LearningRoute(route.id(), route.provider(), route.titleNl(), route.titleEn(),
                route.kind(), List.of(other), route.durationWeeks(), route.costEuros(), route.regions(), route.online(),
                route.startDates(), route.synthetic());
        catalogue.put(replaced);
        TaughtSkills now = catalogue.taught(replaced);
        assertThat(now.size()).isEqualTo(1);
        assertThat(now.ordinal(0)).isZero();
        assertThat(now.levelFactor(0)).isEqualTo(MatchWeights.defaults().levelFactor().get(ProficiencyLevel.EXPERT));
        assertSame(catalogue.taught(route), TaughtSkills.of(graph, route));
    }

    @Test
    void theRoutesWithTheirSkillsAreTheListedRoutesWithWhatTaughtGivesAndFollowAReplacement() {
        var catalogue = new RouteCatalogue(graph);
        var all = new ArrayList<>(demo.subList(0, 250));
        all.forEach(catalogue::put);
        for (Set<AmrCode> regions : List.of(Set.of(AM18), Set.<AmrCode>of(), Set.of(AM18, new AmrCode("AM01")))) {
            List<OfferedRoute> offered = catalogue.offeredWithSkills(regions);
            assertThat(offered.stream().map(OfferedRoute::route).toList()).isEqualTo(catalogue.offeredIn(regions))
                    .isEqualTo(expected(all, regions)).isNotEmpty();
            offered.forEach(o -> assertThat(o.taught()).isSameAs(catalogue.taught(o.route())));
        }

        LearningRoute route = catalogue.offeredIn(Set.of(AM18)).getFirst();
        LearningRoute replaced = new LearningRoute(route.id(), route.provider(), route.titleNl(), route.titleEn(),
                route.kind(), List.of(new RouteSkill(taxonomy.skillAt(0).uri(), ProficiencyLevel.EXPERT)),
                route.durationWeeks(), route.costEuros(), route.regions(), route.online(), route.startDates(),
                route.synthetic());
        catalogue.put(replaced);
        OfferedRoute now = catalogue.offeredWithSkills(Set.of(AM18)).stream()
                .filter(o -> o.route().id().equals(route.id())).findFirst().orElseThrow();
        assertThat(now.route()).isSameAs(replaced);
        assertThat(now.taught().size()).isEqualTo(1);
        assertThat(now.taught().ordinal(0)).isZero();
    }

    private static void assertSame(TaughtSkills a, TaughtSkills b) {
        assertThat(a.size()).isEqualTo(b.size()).isPositive();
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.ordinal(i)).isEqualTo(b.ordinal(i));
            assertThat(a.levelFactor(i)).isEqualTo(b.levelFactor(i));
        }
    }
}
