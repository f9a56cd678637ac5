package nl.vaardig.web.lmi.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.vaardig.web.lmi.Dimension;

/**
 * Secondary suppression over the linked table of one period (issue 15): region × occupation with the region totals
 * (dimension ALL), the national figure per occupation and the national total. These add up both ways — an occupation
 * over the regions gives its national figure, and a region's occupations plus its people without an occupation give
 * its total — so protecting each occupation only across regions left one hidden cell per region line that followed
 * from "region total − the published occupations".
 *
 * <p>The table gets a residual column, the people without an occupation, which is never published. A line is every
 * row (a region's occupations, residual and total) and every column (an occupation over the regions and its national
 * figure; the region totals and the national total; the national occupations, the residual and the national total).
 * Primary suppression hides counts of 1–9; then, until nothing changes, every line that has a hidden non-zero cell
 * must have at least two, together holding at least {@link DisclosureControl#THRESHOLD} people and
 * {@link DisclosureControl#PROTECTION_WIDTH} more people than cells ({@link DisclosureControl#enough}) — else the smallest
 * published non-zero cell of the line is hidden too (an inner cell before a total). A zero is published (it
 * describes nobody) and hides nothing, so it never counts as protection. The same counts always give the same
 * pattern, so a cell is suppressed the same way wherever it is shown. {@code DisclosureAuditTest} checks the result
 * with linear programming over the synthetic history.
 */
public final class LinkedTableProtection {

    private final List<String> regions;
    private final List<String> keys;
    /** [region][key], the last column being the residual (people without an occupation) */
    private final long[][] cell;
    private final boolean[][] hiddenCell;
    private final long[] regionTotal;
    private final boolean[] hiddenRegionTotal;
    private final long[] keyTotal;
    private final boolean[] hiddenKeyTotal;
    private final long grandTotal;
    private boolean hiddenGrandTotal;

    private LinkedTableProtection(List<String> regions, List<String> keys, long[][] cell, long[] regionTotal) {
        this.regions = regions;
        this.keys = keys;
        this.cell = cell;
        this.regionTotal = regionTotal;
        int r = regions.size();
        int k = keys.size() + 1;
        hiddenCell = new boolean[r][k];
        hiddenRegionTotal = new boolean[r];
        keyTotal = new long[k];
        hiddenKeyTotal = new boolean[k];
        long grand = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < k; j++) {
                keyTotal[j] += cell[i][j];
            }
            grand += regionTotal[i];
        }
        grandTotal = grand;
    }

    /**
     * Protects one period's linked table.
     *
     * @param regions     every region of the map (missing counts are zero)
     * @param byRegionKey region → occupation → people
     * @param totals      region → people in all (dimension ALL); at least the sum of its occupations
     */
    public static LinkedTableProtection protect(List<String> regions, Map<String, Map<String, Long>> byRegionKey,
                                                Map<String, Long> totals) {
        var keySet = new TreeSet<String>();
        byRegionKey.values().forEach(m -> m.forEach((k, v) -> {
            if (v != 0) {
                keySet.add(k);
            }
        }));
        List<String> keys = List.copyOf(keySet);
        long[][] cell = new long[regions.size()][keys.size() + 1];
        long[] total = new long[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            Map<String, Long> row = byRegionKey.getOrDefault(regions.get(i), Map.of());
            long sum = 0;
            for (int j = 0; j < keys.size(); j++) {
                cell[i][j] = row.getOrDefault(keys.get(j), 0L);
                sum += cell[i][j];
            }
            total[i] = Math.max(totals.getOrDefault(regions.get(i), 0L), sum);
            cell[i][keys.size()] = total[i] - sum;
        }
        var table = new LinkedTableProtection(List.copyOf(regions), keys, cell, total);
        table.suppress();
        return table;
    }

    private void suppress() {
        int residual = keys.size();
        for (int i = 0; i < regions.size(); i++) {
            for (int j = 0; j <= residual; j++) {
                hiddenCell[i][j] = j == residual || small(cell[i][j]);
            }
            hiddenRegionTotal[i] = small(regionTotal[i]);
        }
        for (int j = 0; j <= residual; j++) {
            hiddenKeyTotal[j] = j == residual || small(keyTotal[j]);
        }
        hiddenGrandTotal = small(grandTotal);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line line : lines()) {
                changed |= line.protect();
            }
        }
    }

    private static boolean small(long count) {
        return count > 0 && count < DisclosureControl.THRESHOLD;
    }

    /** Every additive line of the table, each member a reference to one cell (inner cells first, totals last). */
    private List<Line> lines() {
        var out = new ArrayList<Line>();
        int k = keys.size() + 1;
        for (int i = 0; i < regions.size(); i++) {
            var line = new Line();
            for (int j = 0; j < k; j++) {
                line.add(new Member(Member.CELL, i, j));
            }
            line.add(new Member(Member.REGION_TOTAL, i, -1));
            out.add(line);
        }
        for (int j = 0; j < k; j++) {
            var line = new Line();
            for (int i = 0; i < regions.size(); i++) {
                line.add(new Member(Member.CELL, i, j));
            }
            line.add(new Member(Member.KEY_TOTAL, -1, j));
            out.add(line);
        }
        var totals = new Line();
        for (int i = 0; i < regions.size(); i++) {
            totals.add(new Member(Member.REGION_TOTAL, i, -1));
        }
        totals.add(new Member(Member.GRAND_TOTAL, -1, -1));
        out.add(totals);
        var national = new Line();
        for (int j = 0; j < k; j++) {
            national.add(new Member(Member.KEY_TOTAL, -1, j));
        }
        national.add(new Member(Member.GRAND_TOTAL, -1, -1));
        out.add(national);
        return out;
    }

    private final class Line {
        private final List<Member> members = new ArrayList<>();

        void add(Member m) {
            members.add(m);
        }

        /** Hides one more member if the line's hidden people could be told apart; true when it did. */
        boolean protect() {
            int hidden = 0;
            long hiddenSum = 0;
            for (Member m : members) {
                if (m.hidden() && m.value() > 0) {
                    hidden++;
                    hiddenSum += m.value();
                }
            }
            if (hidden == 0 || DisclosureControl.enough(hidden, hiddenSum)) {
                return false;
            }
            Member best = null;
            for (Member m : members) {
                if (!m.hidden() && m.value() > 0 && (best == null || m.rank() < best.rank()
                        || (m.rank() == best.rank() && m.value() < best.value()))) {
                    best = m;
                }
            }
            if (best == null) {
                return false; // everything non-zero here is hidden already: the crossing lines carry the protection
            }
            best.hide();
            return true;
        }
    }

    private final class Member {
        static final int CELL = 0;
        static final int REGION_TOTAL = 1;
        static final int KEY_TOTAL = 2;
        static final int GRAND_TOTAL = 3;

        final int kind;
        final int region;
        final int key;

        Member(int kind, int region, int key) {
            this.kind = kind;
            this.region = region;
            this.key = key;
        }

        /** Inner cells are hidden before totals. */
        int rank() {
            return kind == CELL ? 0 : 1;
        }

        long value() {
            return switch (kind) {
                case CELL -> cell[region][key];
                case REGION_TOTAL -> regionTotal[region];
                case KEY_TOTAL -> keyTotal[key];
                default -> grandTotal;
            };
        }

        boolean hidden() {
            return switch (kind) {
                case CELL -> hiddenCell[region][key];
                case REGION_TOTAL -> hiddenRegionTotal[region];
                case KEY_TOTAL -> hiddenKeyTotal[key];
                default -> hiddenGrandTotal;
            };
        }

        void hide() {
            switch (kind) {
                case CELL -> hiddenCell[region][key] = true;
                case REGION_TOTAL -> hiddenRegionTotal[region] = true;
                case KEY_TOTAL -> hiddenKeyTotal[key] = true;
                default -> hiddenGrandTotal = true;
            }
        }
    }

    /** Whether a dimension's people counts belong to the linked table (the others add up over regions only). */
    public static boolean linked(Dimension d) {
        return d == Dimension.ALL || d == Dimension.OCCUPATION;
    }

    /** The protected line of the dimension's key: the region totals for ALL, an occupation's cells otherwise. */
    public DisclosureControl.Line line(Dimension d, String key) {
        if (!linked(d)) {
            throw new IllegalArgumentException("not part of the linked table: " + d);
        }
        return d == Dimension.ALL ? totalLine() : keyLine(key);
    }

    /** The protected line of one occupation: its region cells and national figure. */
    public DisclosureControl.Line keyLine(String key) {
        int j = keys.indexOf(key);
        var parts = new LinkedHashMap<String, DisclosureControl.Cell>();
        for (int i = 0; i < regions.size(); i++) {
            parts.put(regions.get(i), j < 0 ? new DisclosureControl.Cell(0L) : published(cell[i][j], hiddenCell[i][j]));
        }
        return new DisclosureControl.Line(parts, j < 0 ? new DisclosureControl.Cell(0L) : published(keyTotal[j], hiddenKeyTotal[j]));
    }

    /** The protected line of the region totals (dimension ALL) and the national total. */
    public DisclosureControl.Line totalLine() {
        var parts = new LinkedHashMap<String, DisclosureControl.Cell>();
        for (int i = 0; i < regions.size(); i++) {
            parts.put(regions.get(i), published(regionTotal[i], hiddenRegionTotal[i]));
        }
        return new DisclosureControl.Line(parts, published(grandTotal, hiddenGrandTotal));
    }

    /** Occupations of the table (those with anybody in them). */
    public List<String> keys() {
        return keys;
    }

    public List<String> regions() {
        return regions;
    }

    private static DisclosureControl.Cell published(long value, boolean hidden) {
        return hidden ? DisclosureControl.Cell.SUPPRESSED : new DisclosureControl.Cell(value);
    }
}
