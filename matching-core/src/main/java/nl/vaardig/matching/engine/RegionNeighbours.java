package nl.vaardig.matching.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vaardig.taxonomy.region.AmrCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which arbeidsmarktregio's border on which, for "my region and the ones next to it" as one search. Two regions are
 * neighbours when their outlines share a border segment: in the TopoJSON map shipped with the taxonomy
 * (Bron: CBS, PDOK, CC BY 4.0) that is exactly when both reference the same arc. Immutable.
 */
public final class RegionNeighbours {

    static final String MAP = "/nl/vaardig/taxonomy/regions/arbeidsmarktregio_2025.topojson";

    private final Map<AmrCode, Set<AmrCode>> neighbours;

    private RegionNeighbours(Map<AmrCode, Set<AmrCode>> neighbours) {
        this.neighbours = neighbours;
    }

    /** From the region map shipped in the taxonomy jar. */
    public static RegionNeighbours shipped() {
        try (InputStream in = RegionNeighbours.class.getResourceAsStream(MAP)) {
            if (in == null) {
                throw new IllegalStateException("region map missing from the classpath: " + MAP);
            }
            return fromTopoJson(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RegionNeighbours fromTopoJson(JsonNode topology) {
        JsonNode geometries = topology.get("objects").properties().iterator().next().getValue().get("geometries");
        var regionsOfArc = new HashMap<Integer, Set<AmrCode>>();
        var all = new TreeSet<AmrCode>(java.util.Comparator.comparing(AmrCode::value));
        for (JsonNode g : geometries) {
            AmrCode code = new AmrCode(g.get("properties").get("statcode").asString());
            all.add(code);
            collectArcs(g.get("arcs"), arc -> regionsOfArc.computeIfAbsent(arc, a -> new TreeSet<>(
                    java.util.Comparator.comparing(AmrCode::value))).add(code));
        }
        var out = new HashMap<AmrCode, Set<AmrCode>>();
        all.forEach(c -> out.put(c, new TreeSet<>(java.util.Comparator.comparing(AmrCode::value))));
        for (Set<AmrCode> sharing : regionsOfArc.values()) {
            for (AmrCode a : sharing) {
                for (AmrCode b : sharing) {
                    if (!a.equals(b)) {
                        out.get(a).add(b);
                    }
                }
            }
        }
        var frozen = new HashMap<AmrCode, Set<AmrCode>>();
        out.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new RegionNeighbours(Map.copyOf(frozen));
    }

    /** Nested arc lists of a (Multi)Polygon; a negative index {@code ~i} is arc i reversed. */
    private static void collectArcs(JsonNode node, java.util.function.IntConsumer arc) {
        if (node.isNumber()) {
            int i = node.asInt();
            arc.accept(i < 0 ? ~i : i);
        } else {
            node.forEach(child -> collectArcs(child, arc));
        }
    }

    /** The regions bordering {@code region} (not the region itself); empty for an unknown code. */
    public Set<AmrCode> of(AmrCode region) {
        return neighbours.getOrDefault(region, Set.of());
    }

    /** {@code region} and the regions bordering it: the region set of a "my region and around" search. */
    public Set<AmrCode> withNeighbours(AmrCode region) {
        var out = new java.util.HashSet<AmrCode>(of(region));
        out.add(region);
        return Set.copyOf(out);
    }

    public int regionCount() {
        return neighbours.size();
    }
}
