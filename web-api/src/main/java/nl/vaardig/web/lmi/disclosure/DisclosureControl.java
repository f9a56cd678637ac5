package nl.vaardig.web.lmi.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistical disclosure control for counts of people. No published figure rests on fewer than
 * {@link #THRESHOLD} people:
 * <ul>
 *   <li><b>primary suppression</b>: a count of 1–9 people is not published (zero is: it describes nobody);</li>
 *   <li><b>secondary suppression</b>: the regions of one figure add up to the national figure, so a single
 *   suppressed region could be recovered as "national minus the other 34". More regions are suppressed (smallest
 *   first) until the suppressed regions together hold at least {@link #THRESHOLD} people; if that is impossible
 *   the national figure is suppressed too;</li>
 *   <li>suppressed cells carry no reason (primary and secondary look the same), so an attacker cannot tell
 *   which one is the small one.</li>
 * </ul>
 * The other defences live elsewhere: fixed aggregation levels ({@link nl.vaardig.web.lmi.Period}, the fixed dimensions), group
 * figures built only from published regions ({@link nl.vaardig.web.lmi.read.SimilarRegions}), and tension suppressed with its supply.
 */
public final class DisclosureControl {

    public static final int THRESHOLD = 10;
    /**
     * Suppressed cells are known to hold at least one person each (zeros are published), so k suppressed cells of a
     * line with a known total S can each be narrowed to [1, S − k + 1]. Their total must exceed their number by at
     * least this much, so that no cell can be narrowed to an interval of width 4 or less (within ±2) — issue 15.
     */
    public static final int PROTECTION_WIDTH = 5;

    private DisclosureControl() {
    }

    /** A published count of people, or a suppressed one ({@code value} null). */
    public record Cell(Long value) {
        public static final Cell SUPPRESSED = new Cell(null);

        public boolean suppressed() {
            return value == null;
        }
    }

    /** One additive line after protection: the parts (regions) and their total (national). */
    public record Line(Map<String, Cell> parts, Cell total) {
        public Cell part(String key) {
            return parts.getOrDefault(key, new Cell(0L));
        }
    }

    /** Protects the parts of one additive line (missing parts count as zero). */
    public static Line protect(Map<String, Long> counts) {
        var suppressed = new java.util.HashSet<String>();
        long suppressedSum = 0;
        long total = 0;
        for (var e : counts.entrySet()) {
            total += e.getValue();
            if (e.getValue() > 0 && e.getValue() < THRESHOLD) {
                suppressed.add(e.getKey());
                suppressedSum += e.getValue();
            }
        }
        boolean totalSuppressed = false;
        if (!suppressed.isEmpty()) {
            List<Map.Entry<String, Long>> candidates = new ArrayList<>(counts.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !suppressed.contains(e.getKey()))
                    .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .toList());
            for (int i = 0; !enough(suppressed.size(), suppressedSum) && i < candidates.size(); i++) {
                suppressed.add(candidates.get(i).getKey());
                suppressedSum += candidates.get(i).getValue();
            }
            // a lone remainder (fewer than THRESHOLD people in every suppressed region together) would show in the total
            totalSuppressed = !enough(suppressed.size(), suppressedSum);
        }
        if (total > 0 && total < THRESHOLD) {
            totalSuppressed = true;
        }
        var parts = new LinkedHashMap<String, Cell>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> parts.put(e.getKey(), suppressed.contains(e.getKey()) ? Cell.SUPPRESSED : new Cell(e.getValue())));
        return new Line(parts, totalSuppressed ? Cell.SUPPRESSED : new Cell(total));
    }

    /**
     * Whether the suppressed cells of a line (their number and their people together) protect each other: at least
     * two, at least {@link #THRESHOLD} people, and {@link #PROTECTION_WIDTH} people more than cells.
     */
    public static boolean enough(int suppressedCells, long suppressedPeople) {
        return suppressedCells >= 2 && suppressedPeople >= THRESHOLD && suppressedPeople - suppressedCells >= PROTECTION_WIDTH;
    }

    /** A count on its own (no additive partner published anywhere): primary suppression only. */
    public static Cell single(long count) {
        return count > 0 && count < THRESHOLD ? Cell.SUPPRESSED : new Cell(count);
    }
}
