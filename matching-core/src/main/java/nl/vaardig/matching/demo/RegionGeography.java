package nl.vaardig.matching.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import nl.vaardig.matching.model.GeoPoint;
import nl.vaardig.taxonomy.region.AmrCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 35 arbeidsmarktregio's with a centroid (area-weighted, of the largest polygon of the shipped CBS/PDOK map)
 * and a size weight (number of gemeenten, a simple proxy for population). Used to spread demo records
 * realistically. Bron: CBS, PDOK.
 */
public final class RegionGeography {

    static final String GEOJSON = "/nl/vaardig/taxonomy/regions/arbeidsmarktregio_2025.geojson";
    static final String TABLE = "/nl/vaardig/taxonomy/regions/arbeidsmarktregios.csv";

    /** One region: code, name, centroid, weight. */
    public record Region(AmrCode code, String name, GeoPoint centroid, int weight) {
        public Region {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(centroid, "centroid");
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    private final List<Region> regions;
    private final int[] cumulative;

    private RegionGeography(List<Region> regions) {
        this.regions = List.copyOf(regions);
        this.cumulative = new int[regions.size()];
        int sum = 0;
        for (int i = 0; i < regions.size(); i++) {
            sum += regions.get(i).weight();
            cumulative[i] = sum;
        }
    }

    public static RegionGeography shipped() {
        Map<String, Integer> counts = gemeenteCounts();
        var out = new ArrayList<Region>();
        JsonNode root = JsonMapper.builder().build().readTree(resource(GEOJSON));
        for (JsonNode f : root.get("features")) {
            String code = f.get("properties").get("statcode").asString();
            String name = f.get("properties").get("statnaam").asString();
            out.add(new Region(new AmrCode(code), name, centroid(f.get("geometry")), counts.getOrDefault(code, 1)));
        }
        out.sort(java.util.Comparator.comparing(r -> r.code().value()));
        if (out.size() != 35) {
            throw new IllegalStateException("expected 35 arbeidsmarktregio's, found " + out.size());
        }
        return new RegionGeography(out);
    }

    public List<Region> regions() {
        return regions;
    }

    /** A region drawn with probability proportional to its weight. */
    public Region draw(Random random) {
        int x = random.nextInt(cumulative[cumulative.length - 1]);
        int i = java.util.Arrays.binarySearch(cumulative, x + 1);
        return regions.get(i >= 0 ? i : -i - 1);
    }

    /** A point near the region's centroid (Gaussian, σ ≈ 8 km): a plausible work or home location. */
    public GeoPoint near(Region region, Random random) {
        double lat = region.centroid().latitude() + random.nextGaussian() * 0.07;
        double lon = region.centroid().longitude() + random.nextGaussian() * 0.11;
        return new GeoPoint(lat, lon);
    }

    private static GeoPoint centroid(JsonNode geometry) {
        JsonNode polygons = "Polygon".equals(geometry.get("type").asString())
                ? JsonMapper.builder().build().createArrayNode().add(geometry.get("coordinates"))
                : geometry.get("coordinates");
        double bestArea = -1;
        GeoPoint best = null;
        for (JsonNode polygon : polygons) {
            JsonNode ring = polygon.get(0);
            double a = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0; i + 1 < ring.size(); i++) {
                double x0 = ring.get(i).get(0).asDouble();
                double y0 = ring.get(i).get(1).asDouble();
                double x1 = ring.get(i + 1).get(0).asDouble();
                double y1 = ring.get(i + 1).get(1).asDouble();
                double cross = x0 * y1 - x1 * y0;
                a += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            if (Math.abs(a) > bestArea) {
                bestArea = Math.abs(a);
                best = new GeoPoint(cy / (3 * a), cx / (3 * a));
            }
        }
        return best;
    }

    private static Map<String, Integer> gemeenteCounts() {
        var out = new HashMap<String, Integer>();
        try (var in = new BufferedReader(new InputStreamReader(resource(TABLE), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            if (header == null || !header.startsWith("amrCode,amrName,gemeenteCount2026")) {
                throw new IllegalStateException(TABLE + ": unexpected header " + header);
            }
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",", -1);
                if (cols.length >= 3) {
                    out.put(cols[0], Integer.parseInt(cols[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static InputStream resource(String path) {
        InputStream in = RegionGeography.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + path + " (taxonomy module)");
        }
        return in;
    }
}
