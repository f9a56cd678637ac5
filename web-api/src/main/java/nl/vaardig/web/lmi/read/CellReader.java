package nl.vaardig.web.lmi.read;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.vaardig.web.lmi.Dimension;
import nl.vaardig.web.lmi.LmiVocabulary;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.aggregate.LmiFlowHandler;
import nl.vaardig.web.lmi.disclosure.DisclosureControl;
import nl.vaardig.web.lmi.disclosure.LinkedTableProtection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads aggregate cells. Supply (people) is only ever handed out as whole protected lines — all 35 regions of a
 * (period, dimension, key) — so a region's figure is suppressed in exactly the same way wherever it appears. People
 * in all and per occupation add up across occupations too, so their lines come from the period's
 * {@link LinkedTableProtection}.
 */
@Component
public class CellReader {

    private final JdbcTemplate jdbc;
    private final LmiVocabulary vocabulary;

    CellReader(JdbcTemplate jdbc, LmiVocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    /** Demand columns of one cell per region for a key (absent regions: none). */
    public Map<String, long[]> demandByRegion(Period p, Dimension d, String key) {
        var out = new TreeMap<String, long[]>();
        jdbc.query("select region, vacancies, essential, optional, new_vacancies from lmi_demand_cell "
                        + "where period_kind = ? and period_start = ? and dimension = ? and dim_key = ?",
                rs -> {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, p.kind().name(), p.start(), d.name(), key);
        return out;
    }

    /** Demand rows of a region in a period for one dimension: key → columns. */
    public Map<String, long[]> demandOfRegion(String region, Period p, Dimension d) {
        var out = new HashMap<String, long[]>();
        jdbc.query("select dim_key, vacancies, essential, optional, new_vacancies from lmi_demand_cell "
                        + "where region = ? and period_kind = ? and period_start = ? and dimension = ?",
                rs -> {
                    out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, region, p.kind().name(), p.start(), d.name());
        return out;
    }

    /** Protected supply lines (people, and wants-to-learn) for keys of one dimension in one period. */
    public Map<String, SupplyLine> supply(Period p, Dimension d, Collection<String> keys) {
        var people = new HashMap<String, Map<String, Long>>();
        var wants = new HashMap<String, Map<String, Long>>();
        for (String k : keys) {
            people.put(k, zeros());
            wants.put(k, zeros());
        }
        if (!keys.isEmpty()) {
            jdbc.query("select dim_key, region, people, wants_to_learn from lmi_supply_cell "
                            + "where period_kind = ? and period_start = ? and dimension = ? and dim_key = any(?)",
                    rs -> {
                        String region = rs.getString(2);
                        if (vocabulary.isRegion(region)) {
                            people.get(rs.getString(1)).put(region, rs.getLong(3));
                            wants.get(rs.getString(1)).put(region, rs.getLong(4));
                        }
                    }, p.kind().name(), p.start(), d.name(), keys.toArray(String[]::new));
        }
        LinkedTableProtection linked = LinkedTableProtection.linked(d) && !keys.isEmpty() ? linkedTables(p.kind(), p.start(), p.start()).get(p) : null;
        var out = new HashMap<String, SupplyLine>();
        for (String k : keys) {
            out.put(k, new SupplyLine(linked != null ? linked.line(d, k) : DisclosureControl.protect(people.get(k)),
                    DisclosureControl.protect(wants.get(k))));
        }
        return out;
    }

    /**
     * The linked tables (region × occupation with region and national totals) of every period of a kind in
     * [from, to] that has supply: people in all and per occupation add up both ways, so they are protected together.
     */
    Map<Period, LinkedTableProtection> linkedTables(Period.Kind kind, LocalDate from, LocalDate to) {
        var byPeriod = new TreeMap<Period, Map<String, Map<String, Long>>>();
        var totals = new TreeMap<Period, Map<String, Long>>();
        jdbc.query("select period_start, region, dimension, dim_key, people from lmi_supply_cell "
                        + "where period_kind = ? and period_start between ? and ? and dimension in ('ALL', 'OCCUPATION')",
                rs -> {
                    Period p = new Period(kind, rs.getObject(1, LocalDate.class));
                    String region = rs.getString(2);
                    if (!vocabulary.isRegion(region)) {
                        return;
                    }
                    if (Dimension.ALL.name().equals(rs.getString(3))) {
                        totals.computeIfAbsent(p, x -> new HashMap<>()).put(region, rs.getLong(5));
                    } else {
                        byPeriod.computeIfAbsent(p, x -> new HashMap<>()).computeIfAbsent(region, x -> new HashMap<>())
                                .put(rs.getString(4), rs.getLong(5));
                    }
                }, kind.name(), from, to);
        var out = new TreeMap<Period, LinkedTableProtection>();
        var periods = new java.util.TreeSet<Period>(totals.keySet());
        periods.addAll(byPeriod.keySet());
        List<String> regions = List.copyOf(vocabulary.regions().keySet());
        for (Period p : periods) {
            out.put(p, LinkedTableProtection.protect(regions, byPeriod.getOrDefault(p, Map.of()), totals.getOrDefault(p, Map.of())));
        }
        return out;
    }

    public SupplyLine supply(Period p, Dimension d, String key) {
        return supply(p, d, List.of(key)).get(key);
    }

    /** Protected supply lines of one key for every period of a kind in [from, to]. */
    public Map<Period, SupplyLine> supplySeries(Period.Kind kind, LocalDate from, LocalDate to, Dimension d, String key) {
        var people = new TreeMap<Period, Map<String, Long>>();
        var wants = new TreeMap<Period, Map<String, Long>>();
        jdbc.query("select period_start, region, people, wants_to_learn from lmi_supply_cell "
                        + "where period_kind = ? and period_start between ? and ? and dimension = ? and dim_key = ?",
                rs -> {
                    Period p = new Period(kind, rs.getObject(1, LocalDate.class));
                    String region = rs.getString(2);
                    if (vocabulary.isRegion(region)) {
                        people.computeIfAbsent(p, x -> zeros()).put(region, rs.getLong(3));
                        wants.computeIfAbsent(p, x -> zeros()).put(region, rs.getLong(4));
                    }
                }, kind.name(), from, to, d.name(), key);
        Map<Period, LinkedTableProtection> linked = LinkedTableProtection.linked(d) ? linkedTables(kind, from, to) : Map.of();
        var out = new TreeMap<Period, SupplyLine>();
        people.forEach((p, line) -> out.put(p, new SupplyLine(
                linked.containsKey(p) ? linked.get(p).line(d, key) : DisclosureControl.protect(line),
                DisclosureControl.protect(wants.get(p)))));
        return out;
    }

    /** Demand of one region and key for every period of a kind in [from, to]. */
    public Map<Period, long[]> demandSeries(String region, Period.Kind kind, LocalDate from, LocalDate to, Dimension d, String key) {
        var out = new TreeMap<Period, long[]>();
        jdbc.query("select period_start, vacancies, essential, optional, new_vacancies from lmi_demand_cell "
                        + "where region = ? and period_kind = ? and period_start between ? and ? and dimension = ? and dim_key = ?",
                rs -> {
                    out.put(new Period(kind, rs.getObject(1, LocalDate.class)),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }, region, kind.name(), from, to, d.name(), key);
        return out;
    }

    /** National demand (sum over regions) of one key for every period of a kind in [from, to]. */
    public Map<Period, Long> nationalDemandSeries(Period.Kind kind, LocalDate from, LocalDate to, Dimension d, String key) {
        var out = new TreeMap<Period, Long>();
        jdbc.query("select period_start, sum(vacancies) from lmi_demand_cell "
                        + "where period_kind = ? and period_start between ? and ? and dimension = ? and dim_key = ? group by period_start",
                rs -> {
                    out.put(new Period(kind, rs.getObject(1, LocalDate.class)), rs.getLong(2));
                }, kind.name(), from, to, d.name(), key);
        return out;
    }

    /** Periods of a kind that have demand figures, oldest first. */
    public List<Period> periods(Period.Kind kind) {
        return jdbc.query("select distinct period_start from lmi_demand_cell where period_kind = ? and dimension = 'ALL' "
                        + "and region = any(?) order by period_start",
                (rs, n) -> new Period(kind, rs.getObject(1, LocalDate.class)), kind.name(),
                vocabulary.regions().keySet().toArray(String[]::new));
    }

    /** Flow counts of a region in a quarter (flows are kept per quarter only), protected per flow line. */
    public Map<String, Count> flows(String region, Period quarter) {
        var lines = new TreeMap<String, Map<String, Long>>();
        for (LmiFlowHandler.Flow f : LmiFlowHandler.Flow.values()) {
            lines.put(f.name(), zeros());
        }
        jdbc.query("select flow, region, events from lmi_flow_cell where period_start = ?", rs -> {
            if (lines.containsKey(rs.getString(1)) && vocabulary.isRegion(rs.getString(2))) {
                lines.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
            }
        }, quarter.start());
        var out = new TreeMap<String, Count>();
        lines.forEach((flow, line) -> out.put(flow, Count.of(DisclosureControl.protect(line).part(region))));
        return out;
    }

    private Map<String, Long> zeros() {
        var m = new TreeMap<String, Long>();
        vocabulary.regions().keySet().forEach(r -> m.put(r, 0L));
        return m;
    }

    /** A protected supply line: people and wants-to-learn per region and national. */
    public record SupplyLine(DisclosureControl.Line people, DisclosureControl.Line wants) {
    }
}
