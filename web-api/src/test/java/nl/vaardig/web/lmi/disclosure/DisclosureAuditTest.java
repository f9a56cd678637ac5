package nl.vaardig.web.lmi.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.vaardig.taxonomy.esco.EscoTaxonomyLoader;
import nl.vaardig.taxonomy.model.SkillGroupUri;
import nl.vaardig.taxonomy.model.SkillUri;
import nl.vaardig.taxonomy.model.Taxonomy;
import nl.vaardig.taxonomy.region.LabourMarketRegion;
import nl.vaardig.taxonomy.region.LabourMarketRegions;
import nl.vaardig.web.demo.lmi.SyntheticLabourMarket;
import nl.vaardig.web.lmi.Period;
import nl.vaardig.web.lmi.aggregate.CellKey;
import nl.vaardig.web.lmi.aggregate.Contributions;
import nl.vaardig.web.lmi.aggregate.Deltas;
import nl.vaardig.web.lmi.aggregate.SupplyFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: no small count can be recovered from the published people counts by linear attack. The first two tests
 * are the reported attack (region total minus the region's published occupations) against the old protection — which
 * leaks — and against the linked-table protection — which holds. The third audits every period of the synthetic
 * history (the generator the local profile seeds from) over all 35 regions with {@link DisclosureAuditor}.
 *
 * <p>Figures for docs/privacy.md: {@code -Dvaardig.audit.profiles=40000} (the size of the demo history) prints a
 * {@code DISCLOSURE-AUDIT} line; see docs/benchmarks.md.
 */
class DisclosureAuditTest {

    static final List<String> REGIONS = LabourMarketRegions.shipped().all().stream()
            .map(r -> r.code().value().toUpperCase(Locale.ROOT)).sorted().toList();

    /** The reported case: in one region all occupations but one are published, and so is the region's total. */
    static Map<String, Map<String, Long>> attackedTable() {
        var table = new TreeMap<String, Map<String, Long>>();
        for (int i = 0; i < REGIONS.size(); i++) {
            table.put(REGIONS.get(i), new TreeMap<>(Map.of("verpleegkundige", 40L + i, "magazijnmedewerker", 25L + i,
                    "programmeur", 30L + 2L * i)));
        }
        table.get("AM35").put("programmeur", 7L);   // the small count (Gorinchem)
        table.get("AM22").put("programmeur", 3L);   // another region small in the same occupation, so the column hides two
        return table;
    }

    static Map<String, Long> totalsOf(Map<String, Map<String, Long>> table) {
        var totals = new TreeMap<String, Long>();
        table.forEach((r, row) -> totals.put(r, row.values().stream().mapToLong(Long::longValue).sum()));
        return totals;
    }

    @Test
    void theOldPerOccupationProtectionLetsRegionTotalMinusPublishedCellsRevealTheHiddenCell() {
        Map<String, Map<String, Long>> table = attackedTable();
        Map<String, Long> totals = totalsOf(table);
        // as before issue 15: each occupation protected over the regions, the totals over the regions, separately
        Map<String, DisclosureControl.Line> lines = new HashMap<>();
        for (String key : List.of("verpleegkundige", "magazijnmedewerker", "programmeur")) {
            var column = new TreeMap<String, Long>();
            table.forEach((r, row) -> column.put(r, row.get(key)));
            lines.put(key, DisclosureControl.protect(column));
        }
        DisclosureControl.Line totalLine = DisclosureControl.protect(totals);

        assertThat(lines.get("programmeur").part("AM35").suppressed()).isTrue();
        long recovered = totalLine.part("AM35").value() - lines.get("verpleegkundige").part("AM35").value()
                - lines.get("magazijnmedewerker").part("AM35").value();
        assertThat(recovered).as("the reported attack works against the old protection").isEqualTo(7);

        DisclosureAuditor.Report report = audit(table, totals, lines::get, totalLine);
        assertThat(report.exactRecoveries()).as("and the auditor finds it").isPositive();
    }

    @Test
    void theLinkedTableProtectionHoldsAgainstTheSameAttackAndEveryOtherLinearOne() {
        Map<String, Map<String, Long>> table = attackedTable();
        Map<String, Long> totals = totalsOf(table);
        LinkedTableProtection p = LinkedTableProtection.protect(REGIONS, table, totals);

        DisclosureControl.Line nurses = p.keyLine("verpleegkundige");
        DisclosureControl.Line warehouse = p.keyLine("magazijnmedewerker");
        DisclosureControl.Line total = p.totalLine();
        assertThat(p.keyLine("programmeur").part("AM35").suppressed()).isTrue();
        assertThat(nurses.part("AM35").suppressed() || warehouse.part("AM35").suppressed() || total.part("AM35").suppressed())
                .as("region total − published occupations no longer isolates one cell").isTrue();

        DisclosureAuditor.Report report = audit(table, totals, p::keyLine, p.totalLine());
        assertThat(report.exactRecoveries()).isZero();
        assertThat(report.pinned()).isEmpty();
        assertThat(report.smallPublished()).isEmpty();
        assertThat(report.smallHiddenSums()).isEmpty();
    }

    @Test
    void noHiddenCountOfTheSyntheticHistoryCanBeNarrowedToWithinTwoInAnyRegionOrPeriod() {
        int profiles = Integer.getInteger("vaardig.audit.profiles", 2500);
        Taxonomy taxonomy = EscoTaxonomyLoader.shipped().taxonomy();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (LabourMarketRegion r : LabourMarketRegions.shipped().all()) {
            sizes.put(r.code().value().toUpperCase(Locale.ROOT), r.gemeenten().size());
        }
        LocalDate to = LocalDate.of(2025, 12, 31);
        var market = new SyntheticLabourMarket(taxonomy, sizes, to.minusYears(2).plusDays(1), to, 2025);
        var contributions = new Contributions(uri -> {
            try {
                return taxonomy.broaderGroups(new SkillUri(uri)).stream().map(SkillGroupUri::value).toList();
            } catch (IllegalArgumentException unknown) {
                return List.of();
            }
        });
        var supply = new Deltas(Contributions.SUPPLY_WIDTH);
        for (long i = 0; i < profiles; i++) {
            SyntheticLabourMarket.SyntheticProfile person = market.profile(i);
            if (person.consent()) {
                supply.addAll(contributions.supply(new SupplyFacts(person.region(), person.registeredOn(), person.job().uri(),
                        person.skills(), person.wants())), 1);
            }
        }
        // quarters in the build; the benchmark adds the months and weeks (-Dvaardig.audit.kinds=QUARTER,MONTH,WEEK)
        var kinds = java.util.Arrays.stream(System.getProperty("vaardig.audit.kinds", "QUARTER").split(","))
                .map(k -> Period.Kind.valueOf(k.strip())).collect(java.util.stream.Collectors.toSet());
        var audited = new HashMap<CellKey, long[]>(supply.changes());
        audited.keySet().removeIf(k -> !kinds.contains(k.period().kind()));
        long started = System.nanoTime();
        Audit total = auditHistory(audited);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "DISCLOSURE-AUDIT profiles=%d kinds=%s periods=%d tables=%d cells=%d published=%d hidden=%d "
                        + "smallestInterval=%.1f exactRecoveries=%d pinnedWithin2=%d smallPublished=%d regions=%d ms=%d%n",
                profiles, kinds, total.periods, total.tables, total.cells, total.published, total.hidden, total.smallestWidth,
                total.exact, total.pinned, total.smallPublished, REGIONS.size(), millis);

        assertThat(total.hidden).as("the history has small counts to protect").isPositive();
        assertThat(total.exact).as("exact recoveries, e.g. %s", total.examples).isZero();
        assertThat(total.pinned).isZero();
        assertThat(total.smallPublished).isZero();
        assertThat(total.smallestWidth).isGreaterThan(DisclosureAuditor.PINNED_WIDTH);
    }

    /** Totals over all audited tables. */
    static final class Audit {
        int periods;
        int tables;
        long cells;
        long published;
        long hidden;
        long exact;
        long pinned;
        long smallPublished;
        double smallestWidth = Double.POSITIVE_INFINITY;

        final List<String> examples = new ArrayList<>();

        void add(DisclosureAuditor.Report r) {
            r.pinned().stream().limit(Math.max(0, 12 - examples.size()))
                    .forEach(i -> examples.add(i.cell() + " = " + i.truth() + " in [" + i.low() + ", " + i.high() + "]"));
            tables++;
            cells += r.cells();
            published += r.published();
            hidden += r.hidden();
            exact += r.exactRecoveries();
            pinned += r.pinned().size();
            smallPublished += r.smallPublished().size() + r.smallHiddenSums().size();
            smallestWidth = Math.min(smallestWidth, r.smallestWidth());
        }
    }

    /** Audits each period: the linked table (ALL + OCCUPATION) and every skill, skill group and wants-to-learn line. */
    static Audit auditHistory(Map<CellKey, long[]> cells) {
        var byPeriod = new TreeMap<Period, List<Map.Entry<CellKey, long[]>>>();
        cells.entrySet().forEach(e -> byPeriod.computeIfAbsent(e.getKey().period(), p -> new ArrayList<>()).add(e));
        var audit = new Audit();
        byPeriod.forEach((period, entries) -> {
            audit.periods++;
            var occupations = new TreeMap<String, Map<String, Long>>();
            var totals = new TreeMap<String, Long>();
            var columns = new TreeMap<String, Map<String, Long>>(); // "SKILL|uri" / "WANTS|uri" → region → count
            for (var e : entries) {
                CellKey k = e.getKey();
                long people = e.getValue()[Contributions.PEOPLE];
                long wants = e.getValue()[Contributions.WANTS];
                switch (k.dimension()) {
                    case ALL -> totals.put(k.region(), people);
                    case OCCUPATION -> occupations.computeIfAbsent(k.region(), r -> new TreeMap<>()).put(k.key(), people);
                    default -> {
                        columns.computeIfAbsent(k.dimension() + "|" + k.key(), x -> new TreeMap<>()).put(k.region(), people);
                        if (wants != 0) {
                            columns.computeIfAbsent("WANTS|" + k.key(), x -> new TreeMap<>()).put(k.region(), wants);
                        }
                    }
                }
            }
            LinkedTableProtection p = LinkedTableProtection.protect(REGIONS, occupations, totals);
            long started = System.nanoTime();
            DisclosureAuditor.Report linked = audit(occupations, totals, p::keyLine, p.totalLine());
            audit.add(linked);
            System.err.printf(Locale.ROOT, "audit %s: linked table %d cells, %d hidden, %d ms%n", period.key(), linked.cells(),
                    linked.hidden(), (System.nanoTime() - started) / 1_000_000);
            var oneDimensional = new LinkedHashMap<String, DisclosureAuditor.Cell>();
            var equations = new ArrayList<DisclosureAuditor.Equation>();
            columns.forEach((column, counts) -> {
                var full = new TreeMap<String, Long>();
                REGIONS.forEach(r -> full.put(r, counts.getOrDefault(r, 0L)));
                addColumn(oneDimensional, equations, column, full, DisclosureControl.protect(full));
            });
            audit.add(DisclosureAuditor.audit(oneDimensional, equations));
        });
        return audit;
    }

    /** The linked table as the auditor sees it: rows, columns, the residual (never published) and all the totals. */
    static DisclosureAuditor.Report audit(Map<String, Map<String, Long>> table, Map<String, Long> totals,
                                          java.util.function.Function<String, DisclosureControl.Line> keyLine,
                                          DisclosureControl.Line totalLine) {
        var keys = new java.util.TreeSet<String>();
        table.values().forEach(row -> keys.addAll(row.keySet()));
        var cells = new LinkedHashMap<String, DisclosureAuditor.Cell>();
        var equations = new ArrayList<DisclosureAuditor.Equation>();
        long nationalResidual = 0;
        for (String r : REGIONS) {
            Map<String, Long> row = table.getOrDefault(r, Map.of());
            var parts = new ArrayList<String>();
            long sum = 0;
            for (String k : keys) {
                long v = row.getOrDefault(k, 0L);
                sum += v;
                put(cells, r + "|" + k, v, keyLine.apply(k).part(r).suppressed());
                parts.add(r + "|" + k);
            }
            long regionTotal = totals.getOrDefault(r, 0L);
            cells.put(r + "|?", new DisclosureAuditor.Cell(r + "|?", regionTotal - sum, true, 0));
            nationalResidual += regionTotal - sum;
            parts.add(r + "|?");
            put(cells, r + "|ALL", regionTotal, totalLine.part(r).suppressed());
            equations.add(new DisclosureAuditor.Equation(parts, r + "|ALL"));
        }
        var nationalParts = new ArrayList<String>();
        for (String k : keys) {
            long national = REGIONS.stream().mapToLong(r -> table.getOrDefault(r, Map.of()).getOrDefault(k, 0L)).sum();
            put(cells, "NL|" + k, national, keyLine.apply(k).total().suppressed());
            equations.add(new DisclosureAuditor.Equation(REGIONS.stream().map(r -> r + "|" + k).toList(), "NL|" + k));
            nationalParts.add("NL|" + k);
        }
        cells.put("NL|?", new DisclosureAuditor.Cell("NL|?", nationalResidual, true, 0));
        equations.add(new DisclosureAuditor.Equation(REGIONS.stream().map(r -> r + "|?").toList(), "NL|?"));
        nationalParts.add("NL|?");
        long grand = REGIONS.stream().mapToLong(r -> totals.getOrDefault(r, 0L)).sum();
        put(cells, "NL|ALL", grand, totalLine.total().suppressed());
        equations.add(new DisclosureAuditor.Equation(REGIONS.stream().map(r -> r + "|ALL").toList(), "NL|ALL"));
        equations.add(new DisclosureAuditor.Equation(nationalParts, "NL|ALL"));
        return DisclosureAuditor.audit(cells, equations);
    }

    private static void addColumn(Map<String, DisclosureAuditor.Cell> cells, List<DisclosureAuditor.Equation> equations,
                                  String column, Map<String, Long> counts, DisclosureControl.Line line) {
        var parts = new ArrayList<String>();
        long national = 0;
        for (var e : counts.entrySet()) {
            put(cells, column + "|" + e.getKey(), e.getValue(), line.part(e.getKey()).suppressed());
            parts.add(column + "|" + e.getKey());
            national += e.getValue();
        }
        put(cells, column + "|NL", national, line.total().suppressed());
        equations.add(new DisclosureAuditor.Equation(parts, column + "|NL"));
    }

    /** A published cell is known exactly; a suppressed one is known to be at least 1 (zeros are published). */
    private static void put(Map<String, DisclosureAuditor.Cell> cells, String id, long truth, boolean hidden) {
        cells.put(id, new DisclosureAuditor.Cell(id, truth, hidden, hidden ? 1 : truth));
    }
}
