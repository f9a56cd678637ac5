package nl.vaardig.web.lmi.read;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.aggregate.AggregatesChanged;
import nl.vaardig.web.lmi.aggregate.Contributions;
import nl.vaardig.web.lmi.disclosure.DisclosureControl;
import nl.vaardig.web.lmi.read.LmiViews.*;
import nl.vaardig.web.taxonomy.LabelView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Builds the dashboard's figures from the aggregates; every people count passes {@link DisclosureControl}. */
@Service
public class LmiService {

    public static final List<String> ATTRIBUTION = List.of(
            "ESCO: European Skills, Competences, Qualifications and Occupations, © European Union (Commission Decision 2011/833/EU)",
            "Kaart arbeidsmarktregio's 2025: Bron: CBS, PDOK (CC BY 4.0)",
            "Cijfers: SYNTHETISCHE demonstratiegegevens van Vaardig / SYNTHETIC demo data");
    public static final Map<SimilarRegions.Criterion, Double> DEFAULT_CRITERIA = Map.of(
            SimilarRegions.Criterion.SIZE, 50.0, SimilarRegions.Criterion.PROFILE, 10.0);

    private final CellReader cells;
    private final LmiVocabulary vocabulary;
    private final JdbcTemplate jdbc;
    private final LmiReadCache cache;
    private final Clock clock;

    /** Keys of the kept figures: one record per kind of figure, with everything the figure is computed from. */
    private record MetaKey(LocalDate today) {
    }

    private record PeriodKeys(Period.Kind kind, LocalDate today) {
    }

    private record SummaryKey(String region, Period period, Locale lang) {
    }

    private record SkillsKey(String region, Period period, Dimension dimension, int limit, String sector, String occupation,
                             Locale lang) {
    }

    private record MapKey(Period period, Dimension dimension, String key, Locale lang) {
    }

    private record PublicDemandKey(Period period) {
    }

    LmiService(CellReader cells, LmiVocabulary vocabulary, JdbcTemplate jdbc, LmiReadCache cache) {
        this.cells = cells;
        this.vocabulary = vocabulary;
        this.jdbc = jdbc;
        this.cache = cache;
        this.clock = Clock.systemDefaultZone();
    }

    /** The period a page opens on: the last complete quarter (one query, not the whole {@link #meta()}). */
    public String defaultPeriod() {
        LocalDate today = LocalDate.now(clock);
        return defaultPeriod(keys(Period.Kind.QUARTER, today), today);
    }

    private boolean synthetic() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from lmi_dataset where synthetic)", Boolean.class));
    }

    /** Kept until a period it does not list yet gets figures (or a data set is loaded); a new day reads it again. */
    public Meta meta() {
        LocalDate today = LocalDate.now(clock);
        return cache.get(new MetaKey(today), m -> c -> c.everything() || newPeriod(c, today,
                        k -> (k == Period.Kind.QUARTER ? m.quarters() : k == Period.Kind.MONTH ? m.months() : m.weeks())),
                () -> readMeta(today));
    }

    private Meta readMeta(LocalDate today) {
        List<String> quarters = keys(Period.Kind.QUARTER, today);
        List<Map<String, Object>> ds = jdbc.queryForList("select synthetic, description from lmi_dataset order by loaded_at");
        boolean synthetic = ds.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("synthetic")));
        var bands = new ArrayList<TensionBand>();
        for (TensionClass c : TensionClass.values()) {
            bands.add(new TensionBand(c, c.from(), Double.isInfinite(c.below()) ? null : c.below()));
        }
        return new Meta(regionRefs(), quarters, keys(Period.Kind.MONTH, today), keys(Period.Kind.WEEK, today),
                defaultPeriod(quarters, today), synthetic,
                ds.isEmpty() ? "" : String.valueOf(ds.getLast().get("description")), bands, DisclosureControl.THRESHOLD, ATTRIBUTION);
    }

    public MapView map(Period p, Dimension d, String key, Locale lang) {
        return cache.get(new MapKey(p, d, key, lang), m -> c -> c.touchesAny(p), () -> readMap(p, d, key, lang));
    }

    private MapView readMap(Period p, Dimension d, String key, Locale lang) {
        Map<String, long[]> demand = cells.demandByRegion(p, d, key);
        CellReader.SupplyLine supply = cells.supply(p, d, key);
        var areas = new ArrayList<MapArea>();
        long national = 0;
        for (var r : vocabulary.regions().entrySet()) {
            long v = demand.getOrDefault(r.getKey(), new long[4])[Contributions.VACANCIES];
            national += v;
            areas.add(area(r.getKey(), r.getValue(), v, supply.people().part(r.getKey())));
        }
        LabelView label = vocabulary.labelView(d, key, lang);
        return new MapView(p.key(), d, key, label.label(), label.labelLanguage(), label.derived(), areas,
                area("NL", "Nederland", national, supply.people().total()));
    }

    /**
     * The region's figures per value of a dimension, largest demand first. {@code sector} (ISCO major group, one
     * digit) narrows occupations and ISCO groups; {@code occupation} narrows skills to those the ESCO occupation
     * asks for (the drill-down region → occupation → skill).
     */
    public SkillTable skills(String region, Period p, Dimension d, int limit, String sector, String occupation, Locale lang) {
        return cache.get(new SkillsKey(region, p, d, limit, sector, occupation, lang), t -> c -> c.touchesAny(p, p.previous()),
                () -> readSkills(region, p, d, limit, sector, occupation, lang));
    }

    private SkillTable readSkills(String region, Period p, Dimension d, int limit, String sector, String occupation, Locale lang) {
        Map<String, long[]> now = cells.demandOfRegion(region, p, d);
        Map<String, long[]> before = cells.demandOfRegion(region, p.previous(), d);
        java.util.function.Predicate<String> wanted = vocabulary.filter(d, sector, occupation);
        List<String> keys = now.entrySet().stream()
                .filter(e -> wanted.test(e.getKey()))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[Contributions.VACANCIES])
                        .thenComparing(Map.Entry::getKey))
                .limit(limit).map(Map.Entry::getKey).toList();
        Map<String, CellReader.SupplyLine> supply = cells.supply(p, d, keys);
        var rows = new ArrayList<SkillRow>();
        for (String k : keys) {
            long[] v = now.get(k);
            long prev = before.getOrDefault(k, new long[4])[Contributions.VACANCIES];
            DisclosureControl.Cell people = supply.get(k).people().part(region);
            Double tension = TensionClass.ratio(v[Contributions.VACANCIES], people);
            LabelView label = vocabulary.labelView(d, k, lang);
            rows.add(new SkillRow(k, label.label(), label.labelLanguage(), label.derived(), v[Contributions.VACANCIES],
                    v[Contributions.ESSENTIAL],
                    v[Contributions.OPTIONAL], prev, change(v[Contributions.VACANCIES], prev), Count.of(people),
                    Count.of(supply.get(k).wants().part(region)), tension, tension == null ? null : TensionClass.of(tension)));
        }
        return new SkillTable(region, p.key(), p.previous().key(), d, rows);
    }

    public Series series(String region, Period.Kind kind, Dimension d, String key, Locale lang) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = Period.containing(kind, today.minusYears(2)).start();
        Map<Period, long[]> demand = cells.demandSeries(region, kind, from, today, d, key);
        Map<Period, CellReader.SupplyLine> supply = cells.supplySeries(kind, from, today, d, key);
        Map<Period, Long> national = cells.nationalDemandSeries(kind, from, today, d, key);
        var points = new ArrayList<SeriesPoint>();
        for (Period p : Period.overlapping(kind, from, today)) {
            long[] v = demand.getOrDefault(p, new long[4]);
            DisclosureControl.Cell people = supply.containsKey(p) ? supply.get(p).people().part(region) : new DisclosureControl.Cell(0L);
            points.add(new SeriesPoint(p.key(), v[Contributions.VACANCIES], v[Contributions.NEW_VACANCIES], Count.of(people),
                    TensionClass.ratio(v[Contributions.VACANCIES], people), national.getOrDefault(p, 0L)));
        }
        LabelView label = vocabulary.labelView(d, key, lang);
        return new Series(region, d, key, label.label(), label.labelLanguage(), label.derived(), kind, points);
    }

    public Bubbles bubbles(String region, Period.Kind kind, int limit, Locale lang) {
        LocalDate today = LocalDate.now(clock);
        // whole periods only (issue 18): a timeline that opens on a half-covered first period or on the running one
        // compares a part with a whole; the two years of history start the day after today two years ago
        LocalDate earliest = today.minusYears(2).plusDays(1);
        Period first = Period.containing(kind, earliest);
        LocalDate from = first.start().isBefore(earliest) ? first.next().start() : first.start();
        List<Period> periods = Period.overlapping(kind, from, today).stream().filter(p -> p.end().isBefore(today)).toList();
        LocalDate to = periods.isEmpty() ? today : periods.getLast().end();
        List<String> top = jdbc.queryForList("""
                select dim_key from lmi_demand_cell where region = ? and period_kind = ? and dimension = 'SKILL'
                  and period_start between ? and ? group by dim_key order by sum(vacancies) desc, dim_key limit ?""",
                String.class, region, kind.name(), from, to, limit);
        var skills = new ArrayList<BubbleSkill>();
        var points = new ArrayList<Bubble>();
        for (String k : top) {
            LabelView label = vocabulary.labelView(Dimension.SKILL, k, lang);
            skills.add(new BubbleSkill(k, label.label(), label.labelLanguage(), label.derived()));
            Map<Period, long[]> demand = cells.demandSeries(region, kind, from, to, Dimension.SKILL, k);
            Map<Period, CellReader.SupplyLine> supply = cells.supplySeries(kind, from, to, Dimension.SKILL, k);
            for (Period p : periods) {
                long[] v = demand.getOrDefault(p, new long[4]);
                DisclosureControl.Cell people = supply.containsKey(p) ? supply.get(p).people().part(region) : new DisclosureControl.Cell(0L);
                points.add(new Bubble(p.key(), k, v[Contributions.VACANCIES], Count.of(people), v[Contributions.NEW_VACANCIES]));
            }
        }
        return new Bubbles(region, kind, periods.stream().map(Period::key).toList(), skills, points);
    }

    public Similar similar(String region, Period p, Map<SimilarRegions.Criterion, Double> criteria) {
        Map<String, SimilarRegions.Features> features = features(p);
        List<SimilarRegions.Candidate> found = SimilarRegions.select(region, features, criteria);
        var candidates = new ArrayList<SimilarCandidate>();
        var members = new LinkedHashSet<String>();
        for (SimilarRegions.Candidate c : found) {
            SimilarRegions.Features f = features.get(c.region());
            candidates.add(new SimilarCandidate(c.region(), vocabulary.regions().get(c.region()), f.size(), f.supply(), c.deviation(), c.selected()));
            if (c.selected()) {
                members.add(c.region());
            }
        }
        Map<String, long[]> all = cells.demandByRegion(p, Dimension.ALL, Dimension.ALL_KEY);
        long national = all.entrySet().stream().filter(e -> vocabulary.isRegion(e.getKey())).mapToLong(e -> e.getValue()[0]).sum();
        CellReader.SupplyLine supply = cells.supply(p, Dimension.ALL, Dimension.ALL_KEY);
        SimilarRegions.Features own = features.get(region);
        return new Similar(region, p.key(), criteria, own.size(), own.supply(), candidates, group(members, p, Dimension.ALL, Dimension.ALL_KEY),
                national, Count.of(supply.people().total()));
    }

    /** Kept until the period, the one before it or the quarter of its flows changes. */
    public Summary summary(String region, Period p, Locale lang) {
        Period flowQuarter = Period.containing(Period.Kind.QUARTER, p.start());
        return cache.get(new SummaryKey(region, p, lang), v -> c -> c.touchesAny(p, p.previous(), flowQuarter),
                () -> readSummary(region, p, lang));
    }

    private Summary readSummary(String region, Period p, Locale lang) {
        Map<String, long[]> now = cells.demandByRegion(p, Dimension.ALL, Dimension.ALL_KEY);
        Map<String, long[]> before = cells.demandByRegion(p.previous(), Dimension.ALL, Dimension.ALL_KEY);
        long demand = now.getOrDefault(region, new long[4])[Contributions.VACANCIES];
        long prev = before.getOrDefault(region, new long[4])[Contributions.VACANCIES];
        long nat = sumRegions(now);
        long natPrev = sumRegions(before);
        CellReader.SupplyLine supply = cells.supply(p, Dimension.ALL, Dimension.ALL_KEY);
        Set<String> members = new LinkedHashSet<>();
        SimilarRegions.select(region, features(p), DEFAULT_CRITERIA).stream().filter(SimilarRegions.Candidate::selected)
                .forEach(c -> members.add(c.region()));
        Group group = group(members, p, Dimension.ALL, Dimension.ALL_KEY);
        Map<String, Count> flows = cells.flows(region, Period.containing(Period.Kind.QUARTER, p.start()));

        SkillTable skills = readSkills(region, p, Dimension.SKILL, 40, null, null, lang);
        SkillRow rising = skills.rows().stream().filter(r -> r.demandPrevious() >= 5 && r.change() != null)
                .max(Comparator.comparingDouble(SkillRow::change)).orElse(null);
        SkillRow tense = skills.rows().stream().filter(r -> r.tension() != null).findFirst().orElse(null);
        Narrative.Inputs in = new Narrative.Inputs(vocabulary.regions().get(region), p.key(), p.previous().key(), demand,
                change(demand, prev), change(nat, natPrev), members.isEmpty() ? null : group.demandChange(), members.size(),
                Count.of(supply.people().part(region)),
                rising == null ? null : rising.label(), rising == null ? null : rising.change(), rising == null ? null : rising.demand(),
                tense == null ? null : tense.label(), tense == null ? null : tense.demand(),
                tense == null ? null : tense.supply().value(), tense == null ? null : tense.tension(), tense == null ? null : tense.tensionClass());
        boolean synthetic = Boolean.TRUE.equals(jdbc.queryForObject("select coalesce(bool_or(synthetic), false) from lmi_dataset", Boolean.class));
        return new Summary(region, vocabulary.regions().get(region), p.key(), p.previous().key(), demand, prev, change(demand, prev),
                now.getOrDefault(region, new long[4])[Contributions.NEW_VACANCIES], Count.of(supply.people().part(region)),
                nat, change(nat, natPrev), Count.of(supply.people().total()), group, flows, Narrative.write(in), synthetic);
    }

    public PublicDemand publicDemand(Period p) {
        return cache.get(new PublicDemandKey(p), v -> c -> c.touchesAny(p), () -> readPublicDemand(p));
    }

    private PublicDemand readPublicDemand(Period p) {
        Map<String, long[]> now = cells.demandByRegion(p, Dimension.ALL, Dimension.ALL_KEY);
        var areas = new ArrayList<PublicDemandArea>();
        vocabulary.regions().forEach((code, name) -> {
            long[] v = now.getOrDefault(code, new long[4]);
            areas.add(new PublicDemandArea(code, name, v[Contributions.VACANCIES], v[Contributions.NEW_VACANCIES]));
        });
        return new PublicDemand(p.key(), areas, synthetic(), ATTRIBUTION);
    }

    private Group group(Set<String> members, Period p, Dimension d, String key) {
        Map<String, long[]> now = cells.demandByRegion(p, d, key);
        Map<String, long[]> before = cells.demandByRegion(p.previous(), d, key);
        long demand = members.stream().mapToLong(m -> now.getOrDefault(m, new long[4])[0]).sum();
        long prev = members.stream().mapToLong(m -> before.getOrDefault(m, new long[4])[0]).sum();
        SimilarRegions.GroupCount supply = SimilarRegions.sumPublished(cells.supply(p, d, key).people(), members);
        Double tension = supply.value() == 0 ? null : Math.round(demand * 100.0 / supply.value()) / 100.0;
        return new Group(List.copyOf(members), demand, change(demand, prev), supply.value(), supply.suppressedMembers(), tension);
    }

    private Map<String, SimilarRegions.Features> features(Period p) {
        Map<String, long[]> size = cells.demandByRegion(p, Dimension.ALL, Dimension.ALL_KEY);
        CellReader.SupplyLine supply = cells.supply(p, Dimension.ALL, Dimension.ALL_KEY);
        Map<String, Map<String, Long>> profiles = new HashMap<>();
        jdbc.query("select region, dim_key, vacancies from lmi_demand_cell where period_kind = ? and period_start = ? and dimension = 'SKILL_GROUP'",
                rs -> {
                    profiles.computeIfAbsent(rs.getString(1), r -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                }, p.kind().name(), p.start());
        var out = new TreeMap<String, SimilarRegions.Features>();
        for (String r : vocabulary.regions().keySet()) {
            DisclosureControl.Cell s = supply.people().part(r);
            out.put(r, new SimilarRegions.Features(r, size.getOrDefault(r, new long[4])[0], s.value(), profiles.getOrDefault(r, Map.of())));
        }
        return out;
    }

    private MapArea area(String code, String name, long demand, DisclosureControl.Cell people) {
        Double tension = TensionClass.ratio(demand, people);
        return new MapArea(code, name, demand, Count.of(people), tension, tension == null ? null : TensionClass.of(tension));
    }

    private long sumRegions(Map<String, long[]> byRegion) {
        return byRegion.entrySet().stream().filter(e -> vocabulary.isRegion(e.getKey())).mapToLong(e -> e.getValue()[0]).sum();
    }

    static Double change(long now, long before) {
        return before == 0 ? null : Math.round(1000.0 * (now - before) / before) / 10.0;
    }

    private List<RegionRef> regionRefs() {
        return vocabulary.regions().entrySet().stream().map(e -> new RegionRef(e.getKey(), e.getValue())).toList();
    }

    /** The keys of the periods of a kind that have figures and have begun; kept until a new one gets figures. */
    private List<String> keys(Period.Kind kind, LocalDate today) {
        return cache.get(new PeriodKeys(kind, today), keys -> c -> c.everything() || newPeriod(c, today, k -> k == kind ? keys : null),
                () -> cells.periods(kind).stream().filter(p -> !p.start().isAfter(today)).map(Period::key).toList());
    }

    /**
     * True when the change gives figures to a begun period that {@code listed} (the keys shown per kind; null for a
     * kind the figure does not show) lacks: a list of periods grows only then, since cells are never removed.
     */
    static boolean newPeriod(AggregatesChanged c, LocalDate today, Function<Period.Kind, List<String>> listed) {
        for (Period p : c.periods()) {
            List<String> keys = listed.apply(p.kind());
            if (keys != null && !p.start().isAfter(today) && !keys.contains(p.key())) {
                return true;
            }
        }
        return false;
    }

    private static String defaultPeriod(List<String> quarters, LocalDate today) {
        if (quarters.isEmpty()) {
            return Period.containing(Period.Kind.QUARTER, today).key();
        }
        // the last complete quarter when there is one (a running quarter compares badly with a whole one)
        for (int i = quarters.size() - 1; i >= 0; i--) {
            if (Period.parse(quarters.get(i)).end().isBefore(today)) {
                return quarters.get(i);
            }
        }
        return quarters.getLast();
    }

    public static Map<SimilarRegions.Criterion, Double> criteria(Double size, Double supply, Double profile) {
        var m = new EnumMap<SimilarRegions.Criterion, Double>(SimilarRegions.Criterion.class);
        if (size != null) {
            m.put(SimilarRegions.Criterion.SIZE, size);
        }
        if (supply != null) {
            m.put(SimilarRegions.Criterion.SUPPLY, supply);
        }
        if (profile != null) {
            m.put(SimilarRegions.Criterion.PROFILE, profile);
        }
        return m;
    }
}
