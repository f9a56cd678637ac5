package nl.vaardig.taxonomy.region;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.vaardig.taxonomy.analysis.TextFolding;
import nl.vaardig.taxonomy.csv.CsvRow;
import nl.vaardig.taxonomy.csv.CsvTableLoader;
import nl.vaardig.taxonomy.csv.LoadStats;
import nl.vaardig.taxonomy.csv.RowMapper;

/**
 * The 35 arbeidsmarktregio's and the gemeente → region lookup, by code or by current or former name (case and
 * diacritics ignored; "Hengelo" finds "Hengelo (O.)" when unambiguous). Loaded from the CBS table shipped on the
 * classpath ({@code nl/vaardig/taxonomy/regions/municipalities_cbs.csv}; Bron: CBS). Immutable.
 */
public final class LabourMarketRegions {

    public static final String RESOURCE = "/nl/vaardig/taxonomy/regions/municipalities_cbs.csv";
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private final Map<AmrCode, LabourMarketRegion> regions;
    private final Map<GemeenteCode, Gemeente> currentByCode;
    private final Map<String, List<Gemeente>> byName;
    private final LoadStats stats;

    private LabourMarketRegions(List<Gemeente> all, Map<AmrCode, String> regionNames, LoadStats stats) {
        this.stats = stats;
        int latest = all.stream().mapToInt(Gemeente::lastYear).max().orElse(0);
        var names = new TreeMap<AmrCode, String>(Comparator.comparing(AmrCode::value));
        var members = new HashMap<AmrCode, List<Gemeente>>();
        var current = new HashMap<GemeenteCode, Gemeente>();
        var lookup = new HashMap<String, List<Gemeente>>();
        for (Gemeente g : all) {
            if (g.current()) {
                current.put(g.code(), g);
                if (g.amr() != null) {
                    members.computeIfAbsent(g.amr(), k -> new ArrayList<>()).add(g);
                }
            }
            lookup.computeIfAbsent(key(g.name()), k -> new ArrayList<>()).add(g);
            String bare = key(QUALIFIER.matcher(g.name()).replaceAll(""));
            if (!bare.equals(key(g.name()))) {
                lookup.computeIfAbsent(bare, k -> new ArrayList<>()).add(g);
            }
        }
        names.putAll(regionNames);
        var map = new LinkedHashMap<AmrCode, LabourMarketRegion>();
        names.forEach((code, name) -> map.put(code, new LabourMarketRegion(code, name,
                members.getOrDefault(code, List.of()).stream().sorted(Comparator.comparing(Gemeente::name)).toList())));
        this.regions = java.util.Collections.unmodifiableMap(map);
        this.currentByCode = Map.copyOf(current);
        lookup.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(Gemeente::lastYear).reversed()).toList());
        this.byName = Map.copyOf(lookup);
        if (latest == 0) {
            throw new IllegalStateException("no gemeenten loaded");
        }
    }

    /** The regions as shipped (CBS 2026 classification). */
    public static LabourMarketRegions shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final LabourMarketRegions SHIPPED = load(LabourMarketRegions.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** Loads a CBS municipalities table (columns name, code, year, region_code, region, …). */
    public static LabourMarketRegions load(InputStream in, String source) {
        if (in == null) {
            throw new IllegalStateException("missing " + source);
        }
        var rows = new ArrayList<Row>();
        LoadStats stats = CsvTableLoader.load(source, in, new RowMapper<Row>() {
            @Override
            public List<String> requiredColumns() {
                return List.of("name", "code", "year", "region_code", "region");
            }

            @Override
            public Row map(CsvRow row, Consumer<String> warn) {
                int year;
                try {
                    year = Integer.parseInt(row.require("year"));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("year is not a number: '" + row.get("year") + "'");
                }
                String amr = row.get("region_code");
                if (amr.isEmpty()) {
                    warn.accept("no arbeidsmarktregio (gemeente ended in " + year + ")");
                }
                return new Row(row.require("name"), new GemeenteCode(row.require("code")), year,
                        amr.isEmpty() ? null : new AmrCode(amr), row.get("region"), row.get("province_code"),
                        row.get("province"), row.get("corop_code"), row.get("corop"));
            }
        }, rows::addAll);
        int latest = rows.stream().mapToInt(Row::year).max().orElse(0);
        var gemeenten = rows.stream().map(r -> new Gemeente(r.code(), r.name(), r.year(), r.year() == latest, r.amr(),
                r.provinceCode(), r.province(), r.coropCode(), r.corop())).toList();
        var regionNamesFound = new LinkedHashMap<AmrCode, String>();
        rows.stream().filter(r -> r.amr() != null && r.year() == latest)
                .forEach(r -> regionNamesFound.putIfAbsent(r.amr(), r.regionName()));
        return new LabourMarketRegions(gemeenten, regionNamesFound, stats);
    }

    private record Row(String name, GemeenteCode code, int year, AmrCode amr, String regionName, String provinceCode,
                       String province, String coropCode, String corop) {
    }

    public Collection<LabourMarketRegion> all() {
        return regions.values();
    }

    public Optional<LabourMarketRegion> region(AmrCode code) {
        return Optional.ofNullable(regions.get(code));
    }

    public Optional<Gemeente> gemeente(GemeenteCode code) {
        return Optional.ofNullable(currentByCode.get(code));
    }

    /**
     * A gemeente by current or former name; the most recent use of the name wins. Empty when unknown or when a
     * name without qualifier is ambiguous (e.g. "Bergen": Bergen (L.) and Bergen (NH.)).
     */
    public Optional<Gemeente> gemeente(String name) {
        List<Gemeente> hits = byName.getOrDefault(key(name), List.of());
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Gemeente first = hits.getFirst();
        boolean ambiguous = hits.stream().anyMatch(g -> g.lastYear() == first.lastYear() && !g.code().equals(first.code()));
        return ambiguous ? Optional.empty() : Optional.of(first);
    }

    /** The region a gemeente (by current or former name, or GM code) belongs to. */
    public Optional<LabourMarketRegion> regionOf(String gemeenteNameOrCode) {
        String s = gemeenteNameOrCode == null ? "" : gemeenteNameOrCode.strip();
        Optional<Gemeente> g = s.matches("(?i)GM[0-9]{4}")
                ? gemeente(new GemeenteCode(s.toUpperCase(java.util.Locale.ROOT))) : gemeente(s);
        return g.flatMap(Gemeente::labourMarketRegion).flatMap(this::region);
    }

    public LoadStats loadStats() {
        return stats;
    }

    private static String key(String name) {
        return TextFolding.foldWords(name);
    }
}
