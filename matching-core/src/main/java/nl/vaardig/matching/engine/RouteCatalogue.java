package nl.vaardig.matching.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.vaardig.matching.model.LearningRoute;
import nl.vaardig.matching.model.LearningRouteId;
import nl.vaardig.matching.scoring.SkillGraph;
import nl.vaardig.taxonomy.region.AmrCode;

/**
 * An engine's learning routes by id, with what each route plan reads again and again kept until the catalogue
 * changes (issue 16): the sorted list of the routes offered in no region or one region, and each route's
 * {@link TaughtSkills}. Every put or remove moves the catalogue's version; a kept list made at an older version is
 * made again, so a list never misses a change that happened before the call.
 */
final class RouteCatalogue {

    /** A kept listing: the routes and, in the same order, the same routes with their taught skills. */
    private record Listed(long version, List<LearningRoute> routes, List<OfferedRoute> offered) {
    }

    private final SkillGraph graph;
    private final Map<LearningRouteId, OfferedRoute> routes = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    /** Per region set of at most one region (35 regions and "any": a bounded key set). */
    private final Map<Set<AmrCode>, Listed> listed = new ConcurrentHashMap<>();

    RouteCatalogue(SkillGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    void put(LearningRoute route) {
        routes.put(route.id(), new OfferedRoute(route, TaughtSkills.of(graph, route)));
        version.incrementAndGet();
    }

    void remove(LearningRouteId id) {
        routes.remove(id);
        version.incrementAndGet();
    }

    Optional<LearningRoute> get(LearningRouteId id) {
        OfferedRoute e = routes.get(id);
        return e == null ? Optional.empty() : Optional.of(e.route());
    }

    /** The routes offered in one of the regions (any when empty) or online, by id. */
    List<LearningRoute> offeredIn(Set<AmrCode> regions) {
        return listed(regions).routes();
    }

    /** As {@link #offeredIn}, each route with its taught skills (those {@link #taught} gives for it). */
    List<OfferedRoute> offeredWithSkills(Set<AmrCode> regions) {
        return listed(regions).offered();
    }

    private Listed listed(Set<AmrCode> regions) {
        long v = version.get();
        if (regions.size() > 1) {
            return list(v, regions);
        }
        Listed kept = listed.get(regions);
        if (kept != null && kept.version() == v) {
            return kept;
        }
        Listed fresh = list(v, regions);
        listed.put(Set.copyOf(regions), fresh);
        return fresh;
    }

    /** The route's taught skills: kept for the catalogue's own instance of the route, read afresh for any other. */
    TaughtSkills taught(LearningRoute route) {
        OfferedRoute e = routes.get(route.id());
        return e != null && e.route() == route ? e.taught() : TaughtSkills.of(graph, route);
    }

    private Listed list(long v, Set<AmrCode> regions) {
        List<OfferedRoute> offered = routes.values().stream()
                .filter(e -> regions.isEmpty() || regions.stream().anyMatch(e.route()::availableIn))
                .sorted(Comparator.comparing(e -> e.route().id().value()))
                .toList();
        return new Listed(v, offered.stream().map(OfferedRoute::route).toList(), offered);
    }
}
